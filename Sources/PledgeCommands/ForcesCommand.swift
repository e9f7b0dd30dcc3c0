import ArgumentParser
import Foundation
import PledgeCore
import PledgeImport
import PledgeStore

/// `pledgewatch forces`
struct ForcesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forces", abstract: "List the 43 forces of England and Wales with their police.uk ids.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let forces = try await store.open().forces()
        let width = forces.map(\.id.count).max() ?? 0
        for force in forces { print(force.id.padding(toLength: width + 2, withPad: " ", startingAt: 0) + force.name) }
    }
}
