import Foundation
import Testing

/// The HTML report rendered by a real browser: headless Chromium takes a screenshot and
/// scripts/check-html.sh checks the picture is not blank.
@Suite("report: HTML in a browser")
struct ReportHTMLRenderTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var chromiumInstalled: Bool {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(.enabled(if: chromiumInstalled, "chromium is not installed: run scripts/setup.sh chromium to render the HTML report"))
    func headlessChromiumRendersTheTraineeReport() throws {
        // Given noor's report as an HTML file
        let callsim = try ReportFixtureCalls.callsim()
        let page = callsim.home.appendingPathComponent("noor.html").path
        let shot = callsim.home.appendingPathComponent("noor.png").path
        #expect(try callsim.run(["report", "--trainee", "noor", "--format", "html", "--output", page]).status == 0)
        // When headless Chromium renders it and the screenshot is checked
        let process = Process()
        process.executableURL = Self.repository.appendingPathComponent("scripts/check-html.sh")
        process.arguments = [page, shot]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // Then the page rendered with content
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("distinct colours"))
        #expect(FileManager.default.fileExists(atPath: shot))
    }
}
