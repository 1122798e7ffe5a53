import BeaconCore

/// The kinds of personal data the guard looks for (SPEC §9).
public enum PIIKind: String, Sendable, Hashable, CaseIterable {
    /// An 18-character resident ID number (GB 11643-1999).
    case idNumber
    /// The old 15-digit ID number, issued before 1999.
    case oldIDNumber
    /// An 11-digit mainland mobile number, with or without +86 / 0086.
    case mobile
    /// A 16–19 digit bank card number.
    case bankCard
    /// A person's full name where an anonymised one belongs.
    case fullName

    /// How a clerk would call it, for messages.
    public var noun: Message {
        switch self {
        case .idNumber: return "an ID card number"
        case .oldIDNumber: return "an old 15-digit ID card number"
        case .mobile: return "a mobile phone number"
        case .bankCard: return "a bank card number"
        case .fullName: return "a person's full name"
        }
    }
}
