import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PledgeCore
import PledgeImport
import PledgeServer
import PledgeStore
import PledgeTestSupport
import Testing

/// The website through a real HTTP server on loopback and a real client.
@Suite("website")
struct ServerTests {
    func withServer(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let harness = try ImportHarness(neighbourhoods: ["NC04"])
        let calls = "call_id,force,line,received_at,answered_at,neighbourhood_id\nC1,leicestershire,999,2009-01-10T12:00:00Z,2009-01-10T12:00:04Z,NC04\n"
        #expect(try harness.importText(calls, name: "calls.csv").isClean)
        let app = PledgeServer.application(store: harness.store, port: 0, now: { FixedClock.now }, logger: Logger(label: "test"))
        try await app.test(.live, body)
    }

    @Test("GET /health answers JSON with the data version")
    func health() async throws {
        try await withServer { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json")
                let object = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                #expect(object?["status"] as? String == "ok" && (object?["data_version"] as? Int ?? 0) >= 2)
            }
        }
    }

    @Test("the force report card is served as HTML for the latest year with calls, or a period asked for; unknown forces get 404")
    func reportCard() async throws {
        try await withServer { client in
            try await client.execute(uri: "/forces/leicestershire/report", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let html = String(buffer: response.body)
                #expect(html.contains("<h1>Leicestershire Police</h1>") && html.contains("Period 2008/09"))
            }
            try await client.execute(uri: "/forces/leicestershire/report?period=2009-01", method: .get) { response in
                #expect(response.status == .ok && String(buffer: response.body).contains("Period 2009-01"))
            }
            try await client.execute(uri: "/forces/leicestershire/report?period=sometime", method: .get) { response in
                #expect(response.status == .badRequest && String(buffer: response.body).contains("Choose a period"))
            }
            try await client.execute(uri: "/forces/atlantis/report", method: .get) { response in
                #expect(response.status == .notFound && String(buffer: response.body).contains("There is no police force with that name"))
            }
        }
    }
}
