import Foundation
import Testing
@testable import CaseKit

@Suite struct ActionVerbsTests {
    /// The spec promises a built-in, documented verb list: the guide lists
    /// exactly the verbs the review knows, and each of them, in any case,
    /// starts a concrete action and alone is one word too few.
    @Test func theGuideListsEveryVerbAndEachStartsAConcreteAction() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let guide = try String(contentsOf: root.appendingPathComponent("Docs/guide.md"), encoding: .utf8)
        let section = try #require(guide.components(separatedBy: "### The action verbs").dropFirst().first)
        let list = try #require(section.split(separator: "\n").max { $0.count < $1.count })
        let documented = String(list.dropLast()).components(separatedBy: ", ")
        #expect(Set(documented) == ActionVerbs.all)
        #expect(documented.count == ActionVerbs.all.count, "a verb is listed twice")
        for verb in ActionVerbs.all {
            #expect(ActionVerbs.isConcrete("\(verb.uppercased()) the customer about it"), "\(verb)")
            #expect(ActionVerbs.isConcrete("\"\(verb.capitalized)\" the customer"), "\(verb)")
            #expect(ActionVerbs.vagueness(verb)?.contains("is one word") == true, "\(verb)")
        }
    }

    @Test(arguments: [
        "Call billing to confirm the overcharge", "Email Dana the refund confirmation", "Send the hosts-file workaround",
        "Ask the customer for router logs", "Check the webhook delivery log", "Schedule a screen share with IT",
        "Refund the duplicate charge", "Escalate to Tier 2 with the HAR file", "Confirm the new SSO certificate works",
        "Buy battery terminal cleaner", "Follow up with finance about approval", "Chase Billing for the approval",
        "Reset the customer's MFA", "Re-send the invoice PDF", "Verify the DNS records propagated",
        "Update the customer on the ETA", "Reproduce the crash on iOS 18", "Write up the workaround in the KB",
        "Walk Dana through the export settings", "Forward the logs to engineering", "Review the contract terms",
        "Phone the office manager", "Text the on-call engineer", "Install the hotfix on the staging server",
        "Draft a reply to the complaint", "Restart the sync job", "Unlock the customer's account",
        "Credit two months of service", "Ping Network Ops on Slack", "Apologize to Dana for the delay",
        "call back tomorrow", "\"Email\" the summary",
        // British spellings and verbs the first list missed (issue 12).
        "Apologise to Dana for the delay", "Analyse the crash dump", "Organise a call with IT",
        "Prioritise the billing fix", "Finalise the refund amount", "Summarise the thread for Tier 2",
        "Authorise the replacement", "Calculate the pro-rated credit", "Reach out to the office manager",
        "Grant Dana admin access", "Extend the trial by 14 days", "Rotate the API key", "Revert the config change",
        "Ring the customer back", "Look up the invoice number", "Check the webhook log on staging",
    ])
    func concreteSteps(_ action: String) {
        #expect(ActionVerbs.isConcrete(action))
        #expect(ActionVerbs.vagueness(action) == nil)
    }

    @Test(arguments: [
        "Katie's battery", "refund", "Billing", "invoice problem", "Waiting on billing", "ASAP refund",
        "customer unhappy", "DNS", "the logs", "Dana", "Follow-up", "Next week", "Important!", "Billing issue again",
        "Password reset", "maybe call", "TODO", "Figure it out", "Something with SSO", "VPN", "Escalation",
        "Refund?", "Invoice ZD-4411", "Portal outage", "Think about the contract", "Hmm", "Customer",
        "Probably the router", "Stuff for Acme", "Handle it", "    ",
        // Vague phrases: they start with a verb, and name no physical step.
        "Look into the billing issue", "look into it", "Check on the refund", "CHECK ON Dana",
        "Deal with the outage", "\"Look into\" the logs", "Look  into   the SSO error", "Look into.",
    ])
    func vagueSteps(_ action: String) {
        #expect(!ActionVerbs.isConcrete(action))
    }

    /// `config`'s extra verbs make an action concrete; extra phrases make
    /// one vague even when its first word is a built-in verb.
    @Test func extraVerbsAndPhrasesAddToTheBuiltInLists() {
        let verbs = ActionVerbs(extraVerbs: ["ponder", "fax"], extraVaguePhrases: ["touch base", "call around"])
        #expect(verbs.isConcrete("Ponder the refund policy"))
        #expect(verbs.isConcrete("FAX the signed form"))
        #expect(!ActionVerbs.isConcrete("Ponder the refund policy"))
        #expect(!verbs.isConcrete("Call around the office"))
        #expect(verbs.isConcrete("Call Dana about the refund"))
        #expect(!verbs.isConcrete("Touch base with Dana"))
        #expect(!verbs.isConcrete("Look into the logs"), "the built-in phrases stay")
        #expect(verbs.vagueness("Call around the office")
            == "\"Call around the office\" starts with \"call around\": say the physical step (call, email, send…)")
        #expect(verbs.vagueness("ponder") == "\"ponder\" is one word: say the physical step")
        var bytes = Array("Touch base with Dana".utf8)
        #expect(!bytes.withUnsafeBufferPointer(verbs.isConcrete))
    }

    /// A phrase is matched on whole words at the start, never inside one.
    @Test(arguments: ["Looking into it? Call Dana", "Check onboarding email", "Call Dana to look into it", "Check online status"])
    func phrasesMatchWholeWordsAtTheStart(_ action: String) {
        #expect(ActionVerbs.builtIn.vaguePhrase(action) == nil)
    }

    @Test func reasonsSayWhatIsWrong() {
        #expect(ActionVerbs.vagueness("refund") == "\"refund\" is one word: say the physical step")
        #expect(ActionVerbs.vagueness("Katie's battery")
            == "\"Katie's battery\" does not start with an action verb (call, email, send…)")
    }
}
