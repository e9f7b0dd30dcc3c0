import Foundation
import PledgeCore
import Testing

@Suite("force configuration")
struct ForceConfigurationTests {
    @Test("targets are read, checked and used; results say which target was used")
    func targets() throws {
        let configuration = try ForceConfiguration.read(Data(#"{"targets": {"P5.answer_10s": 0.92}}"#.utf8), source: "leics.json")
        let results = CallIndicatorTests.engine(targets: configuration.targets).callIndicators([])
        let answering = try #require(CallIndicatorTests.result(results, "P5.answer_10s"))
        #expect(answering.target == 0.92 && !answering.targetIsDefault)
        #expect(CallIndicatorTests.result(results, "P6.answer_prompt")?.targetIsDefault == true)
        #expect(configuration.fingerprint == "P5.answer_10s=0.92")
    }

    @Test(
        "a bad configuration is refused with the key and the reason",
        arguments: [
            (#"{"targets": {"P5.answer_11s": 0.9}}"#, "'P5.answer_11s' is not an indicator"),
            (#"{"targets": {"P5.answer_10s": 92}}"#, "not a share between 0 and 1"),
            (#"{"targets": {"P3.abstraction": 0.1}}"#, "informational"),
            (#"{"target": {}}"#, "not a configuration"),
        ])
    func refused(text: String, reason: String) {
        #expect {
            try ForceConfiguration.read(Data(text.utf8), source: "bad.json")
        } throws: { error in
            "\(error)".contains("bad.json") && "\(error)".contains(reason)
        }
    }
}
