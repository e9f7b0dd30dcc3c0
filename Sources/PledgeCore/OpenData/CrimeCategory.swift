/// police.uk's crime categories: the slug clients send and read (`anti-social-behaviour`) and the name
/// its street-level CSV carries (`Anti-social behaviour`), which is what Pledgewatch imports.
public struct CrimeCategory: Hashable, Sendable {
    public let slug: String
    public let name: String

    public init(slug: String, name: String) {
        self.slug = slug
        self.name = name
    }

    /// Every crime.
    public static let allCrime = CrimeCategory(slug: "all-crime", name: "All crime")

    /// The current list, in police.uk's order (`/crime-categories`, reference §3.10).
    public static let current: [CrimeCategory] = [
        allCrime,
        .init(slug: "anti-social-behaviour", name: "Anti-social behaviour"),
        .init(slug: "bicycle-theft", name: "Bicycle theft"),
        .init(slug: "burglary", name: "Burglary"),
        .init(slug: "criminal-damage-arson", name: "Criminal damage and arson"),
        .init(slug: "drugs", name: "Drugs"),
        .init(slug: "other-theft", name: "Other theft"),
        .init(slug: "possession-of-weapons", name: "Possession of weapons"),
        .init(slug: "public-order", name: "Public order"),
        .init(slug: "robbery", name: "Robbery"),
        .init(slug: "shoplifting", name: "Shoplifting"),
        .init(slug: "theft-from-the-person", name: "Theft from the person"),
        .init(slug: "vehicle-crime", name: "Vehicle crime"),
        .init(slug: "violent-crime", name: "Violence and sexual offences"),
        .init(slug: "other-crime", name: "Other crime"),
    ]

    /// Names of earlier months, and the older spelling of violent crime.
    static let historic: [CrimeCategory] = [
        .init(slug: "public-disorder-weapons", name: "Public disorder and weapons"),
        .init(slug: "violent-crime", name: "Violent crime"),
    ]

    private static let byName: [String: CrimeCategory] = Dictionary(
        (current.dropFirst() + historic).map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })

    /// Whether police.uk has ever used the slug (now or in earlier months).
    public static func isKnown(_ slug: String) -> Bool { (current + historic).contains { $0.slug == slug } }

    /// The category of a crime type as the street CSV names it. A name police.uk does not use keeps its
    /// words as a slug (`Fraud and forgery` → `fraud-and-forgery`), so every crime still has a category a
    /// client can look up (`categories(for:)` lists it).
    public init(crimeType: String) {
        if let known = Self.byName[crimeType.lowercased()] {
            self = known
            return
        }
        self.init(slug: Slug.of(crimeType), name: crimeType)
    }

    /// What `/crime-categories` lists for a month whose crimes have these categories: the current list,
    /// then any other category the month used, by slug. police.uk clients look each crime's category up in
    /// its month's list and fail when it is missing.
    public static func categories(including used: some Sequence<CrimeCategory>) -> [CrimeCategory] {
        let slugs = Set(current.map(\.slug))
        var extra: [String: CrimeCategory] = [:]
        for category in used where !slugs.contains(category.slug) { extra[category.slug] = category }
        return current + extra.values.sorted { $0.slug < $1.slug }
    }
}

/// An outcome as police.uk's outcome routes give it: a code and its name (reference §3.15). The street CSV
/// carries only the name of a crime's latest outcome.
public struct OutcomeCategory: Hashable, Sendable {
    public let code: String
    public let name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }

    public static let known: [OutcomeCategory] = [
        ("awaiting-court-result", "Awaiting court outcome"), ("court-result-unavailable", "Court result unavailable"),
        ("unable-to-proceed", "Court case unable to proceed"), ("local-resolution", "Local resolution"),
        ("no-further-action", "Investigation complete; no suspect identified"), ("deprived-of-property", "Offender deprived of property"),
        ("fined", "Offender fined"), ("absolute-discharge", "Offender given absolute discharge"), ("cautioned", "Offender given a caution"),
        ("drugs-possession-warning", "Offender given a drugs possession warning"), ("penalty-notice-issued", "Offender given a penalty notice"),
        ("community-penalty", "Offender given community sentence"), ("conditional-discharge", "Offender given conditional discharge"),
        ("suspended-sentence", "Offender given suspended prison sentence"), ("imprisoned", "Offender sent to prison"),
        ("other-court-disposal", "Offender otherwise dealt with"), ("compensation", "Offender ordered to pay compensation"),
        ("sentenced-in-another-case", "Suspect charged as part of another case"), ("charged", "Suspect charged"),
        ("not-guilty", "Defendant found not guilty"), ("sent-to-crown-court", "Defendant sent to Crown Court"),
        ("unable-to-prosecute", "Unable to prosecute suspect"),
        ("formal-action-not-in-public-interest", "Formal action is not in the public interest"),
        ("action-taken-by-another-organisation", "Action to be taken by another organisation"),
        ("further-investigation-not-in-public-interest", "Further investigation is not in the public interest"),
        ("further-action-not-in-public-interest", "Further action is not in the public interest"),
        ("under-investigation", "Under investigation"), ("status-update-unavailable", "Status update unavailable"),
    ].map { OutcomeCategory(code: $0.0, name: $0.1) }

    private static let byName: [String: OutcomeCategory] = {
        var names = Dictionary(known.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        // The street CSV says "Offender given penalty notice" where the outcome routes add "a".
        names["offender given penalty notice"] = names["offender given a penalty notice"]
        return names
    }()

    /// The outcome a street CSV's "Last outcome category" names; an unknown name keeps its words as a code.
    public init(name: String) {
        if let known = Self.byName[name.lowercased()] {
            self = known
        } else {
            self.init(code: Slug.of(name), name: name)
        }
    }
}

/// Lower-case words joined by hyphens, as police.uk writes slugs: `Fraud and forgery` → `fraud-and-forgery`.
public enum Slug {
    public static func of(_ name: String) -> String {
        var slug = ""
        for character in name.lowercased() {
            if character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "other-crime" : slug
    }
}
