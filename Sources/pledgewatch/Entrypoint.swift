import PledgeCommands

@main
struct Entrypoint {
    static func main() async { await PledgewatchCommand.runFromCommandLine() }
}
