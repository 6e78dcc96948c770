#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import CallSimTerminal

@Suite struct CompletionCatalogTests {
    let catalog = CompletionCatalog(
        commands: ["/transfer", "/hold", "/help", "/hangup", "/transcript"],
        arguments: ["/transfer": ["billing-tier2", "billing-disputes", "tech-support"]]
    )

    @Test func commandPrefixCompletesTheCommand() {
        // Given a catalog with one command starting "/tra" besides /transcript
        // When the trainee completes "/transf"
        let result = catalog.completions(for: "/transf")
        // Then only /transfer is offered
        #expect(result == ["/transfer"])
    }

    @Test func ambiguousCommandPrefixOffersAllInCatalogOrder() {
        // Given several commands starting with "/h"
        // When the trainee completes "/h"
        let result = catalog.completions(for: "/h")
        // Then all of them are offered, in catalog order
        #expect(result == ["/hold", "/help", "/hangup"])
    }

    @Test func argumentPrefixCompletesFromTheCommandsArguments() {
        // Given /transfer takes a destination
        // When the trainee completes "/transfer bil"
        let result = catalog.completions(for: "/transfer bil")
        // Then the matching destinations are offered
        #expect(result == ["billing-tier2", "billing-disputes"])
        #expect(catalog.completions(for: "/transfer  tech") == ["tech-support"])
    }

    @Test func emptyArgumentOffersEveryArgument() {
        // Given /transfer takes a destination
        // When the trainee completes right after "/transfer "
        let result = catalog.completions(for: "/transfer ")
        // Then every destination is offered
        #expect(result == ["billing-tier2", "billing-disputes", "tech-support"])
    }

    @Test func noMatchOffersNothing() {
        // Given the catalog
        // When the prefix matches no command, no argument, or a command without arguments
        // Then nothing is offered
        #expect(catalog.completions(for: "/xyz").isEmpty)
        #expect(catalog.completions(for: "/transfer zzz").isEmpty)
        #expect(catalog.completions(for: "/hold bil").isEmpty)
        #expect(catalog.completions(for: "hello the").isEmpty)
        #expect(catalog.completions(for: "/transfer billing-tier2 more").isEmpty)
    }

    @Test func alreadyCompleteWordIsItsOwnCompletion() {
        // Given complete words
        // When they are completed again
        // Then the word itself is the only candidate
        #expect(catalog.completions(for: "/hold") == ["/hold"])
        #expect(catalog.completions(for: "/transfer tech-support") == ["tech-support"])
    }

    @Test func emptyLineOffersEveryCommand() {
        // Given an empty line
        // When Tab is pressed
        let result = catalog.completions(for: "")
        // Then every command is offered
        #expect(result == catalog.commands)
    }

    @Test func duplicatesAreOfferedOnce() {
        // Given a catalog listing a command twice
        let doubled = CompletionCatalog(commands: ["/end", "/end"], arguments: [:])
        // When completing it
        // Then it is offered once
        #expect(doubled.completions(for: "/e") == ["/end"])
    }

    @Test func readlineMatchListUsesTheCommonPrefix() {
        // Given candidates sharing "billing-"
        // When readline's match list is built
        #expect(ReadlineCallbacks.longestCommonPrefix(["billing-tier2", "billing-disputes"]) == "billing-")
        #expect(ReadlineCallbacks.longestCommonPrefix(["abc", "xyz"]) == "")
        // Then element 0 is the prefix, then the candidates, then NULL
        guard let matches = ReadlineCallbacks.matchArray(["billing-tier2", "billing-disputes"]) else {
            Issue.record("no match list")
            return
        }
        defer {
            for index in 0..<3 { free(matches[index]) }
            free(matches)
        }
        #expect(matches[0].map { String(cString: $0) } == "billing-")
        #expect(matches[1].map { String(cString: $0) } == "billing-tier2")
        #expect(matches[2].map { String(cString: $0) } == "billing-disputes")
        #expect(matches[3] == nil)
        #expect(ReadlineCallbacks.matchArray([]) == nil)
    }
}
