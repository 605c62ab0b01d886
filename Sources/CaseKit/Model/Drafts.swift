/// A next action as the user asked for it, before it is stored.
public struct NextActionDraft: Sendable, Equatable {
    public var text: String
    public var due: Due?
    public var context: String?

    public init(text: String, due: Due? = nil, context: String? = nil) throws {
        self.text = try FieldRules.text(text, what: "next action",
                                      hint: "say the concrete step, e.g. \"Call billing to confirm the overcharge\"")
        self.due = due
        self.context = try context.map(FieldRules.context)
    }

    /// How the timeline tells it: `Call billing (due 2026-11-27, @phone)`.
    var summary: String {
        let details = [due.map { "due \($0.iso)" }, context].compactMap { $0 }
        return details.isEmpty ? text : "\(text) (\(details.joined(separator: ", ")))"
    }
}

/// A new case as the user described it.
public struct CaseDraft: Sendable {
    public var title: String
    public var customer: String?
    public var ref: String?
    public var priority: Priority = .normal
    public var tags: [String] = []
    public var outcome: String?
    public var mood: Mood?
    public var next: NextActionDraft?

    public init(title: String) throws {
        self.title = try FieldRules.text(title, what: "title", hint: "give the case a short title, e.g. \"Double charge on invoice\"")
    }
}

/// Field changes asked by `edit`. A nil field is left alone; an empty
/// customer, ref or outcome clears it.
public struct CaseChanges: Sendable {
    public var title: String?
    public var customer: String?
    public var ref: String?
    public var priority: Priority?
    public var addTags: [String] = []
    public var removeTags: [String] = []
    public var outcome: String?

    public init() {}

    public var isEmpty: Bool {
        title == nil && customer == nil && ref == nil && priority == nil
            && addTags.isEmpty && removeTags.isEmpty && outcome == nil
    }
}

/// The checks on user-typed text shared by the commands.
public enum FieldRules {
    /// Refuses empty and whitespace-only text; keeps the text verbatim otherwise.
    public static func text(_ text: String, what: String, hint: String) throws -> String {
        guard !text.isBlank else {
            throw CaseKitError.usage("the \(what) is empty", hint: hint)
        }
        return text
    }

    /// A tag is one word: no spaces or commas, so it completes and filters cleanly.
    public static func tag(_ text: String) throws -> String {
        let tag = text.trimmingSpaces
        guard !tag.isEmpty, !tag.contains(where: { $0.isWhitespace || $0 == "," }) else {
            throw CaseKitError.usage("invalid tag '\(text)'", hint: "a tag is one word without spaces or commas, e.g. billing")
        }
        return tag
    }

    /// A typed context: one word, written `@phone` (the `@` is added when
    /// left out). It exists to be typed again (`today --context @phone`) and
    /// completed, so a control character or bidi mark, which neither the
    /// keyboard nor completion can give back, is refused.
    public static func context(_ text: String) throws -> String {
        let context = try contextWord(text)
        guard !context.unicodeScalars.contains(where: \.isTerminalControl) else {
            throw CaseKitError.usage("the context '\(text)' holds a control character",
                                     hint: "a context is one plain word such as @phone or @email")
        }
        return context
    }

    /// The shape of a context alone: what an import takes, since an export
    /// carries what older versions stored.
    static func contextWord(_ text: String) throws -> String {
        let word = text.trimmingSpaces
        guard !word.isEmpty, !word.contains(where: \.isWhitespace), word != "@" else {
            throw CaseKitError.usage("invalid context '\(text)'", hint: "a context is one word such as @phone or @email")
        }
        return word.hasPrefix("@") ? word : "@" + word
    }

    /// A customer as `open --customer` takes it: without the spaces around
    /// it, so that "  Acme" and "Acme" are one customer to `--customer`
    /// filters, completion and the import, which trim the same way. A blank
    /// one (`--customer "$NAME"` with NAME unset) is refused rather than
    /// stored as no customer.
    public static func customer(_ text: String, hint: String = "give the customer's name, or leave --customer out") throws -> String {
        let name = text.trimmingSpaces
        guard !name.isEmpty else { throw CaseKitError.usage("--customer was given an empty name", hint: hint) }
        return name
    }

    /// `edit --customer`: the empty text clears the customer, anything else
    /// is a customer as `open` takes it (blank refused: clearing is asked for
    /// with "", never by accident).
    public static func editedCustomer(_ text: String) throws -> String {
        text.isEmpty ? text : try customer(text, hint: "give the customer's name; --customer \"\" clears it")
    }

    /// A `--customer` filter, trimmed as the names it compares with: a blank
    /// one would match no case and read as "nothing to do".
    public static func customerFilter(_ text: String) throws -> String {
        try customer(text)
    }

    /// An optional free-text field: blank means "none".
    static func optional(_ text: String?) -> String? {
        guard let text, !text.isBlank else { return nil }
        return text
    }
}
