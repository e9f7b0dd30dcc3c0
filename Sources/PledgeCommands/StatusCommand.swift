import ArgumentParser
import Foundation
import PledgeCore
import PledgeImport
import PledgeOutput
import PledgeStore

/// `pledgewatch status`
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show what the store holds: records per force and kind, and the dates they span.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        try await Self.show(try await store.openExisting().status())
    }

    /// Prints what a store holds.
    static func show(_ status: StoreStatus) async throws {
        print("store: \(status.location)")
        guard !status.holdings.isEmpty else {
            print("no records yet: import some with `pledgewatch import FILE…`")
            return
        }
        let rows = status.holdings.map { holding in
            [holding.force.id, holding.kind.name, Thousands.text(holding.count), holding.first ?? "", holding.last ?? ""]
        }
        TextTable.print(header: ["force", "kind", "records", "from", "to"], rows: rows, rightAligned: [2])
    }
}
