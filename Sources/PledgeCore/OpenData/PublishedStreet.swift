/// The street text a crime is published with, in police.uk's anonymised form "On or near <place>".
///
/// police.uk names every map point "On or near" a street or a kind of place ("On or near Market Place",
/// "On or near Parking Area"). An imported Location in any other form may be an address a force did not
/// mean to publish ("14 Acacia Avenue"), so it is withheld: the crime keeps its anonymous map point and is
/// counted, but its text is not shown, and the map point is named by its other crimes' texts, or by the
/// words for a place without a name. An "On or near" text is withheld too when a word of it begins with a
/// digit (a house or flat number, or a postcode's second half: "On or near 7 Burton Street",
/// "On or near LE13 0AB"); road numbers ("On or near A607") begin with a letter and are kept.
public enum PublishedStreet {
    public static let prefix = "On or near "
    /// Longer texts are not police.uk's (its longest place names are about 50 characters).
    public static let longest = 100

    /// `imported` as published, or nil when it is withheld (or there is none).
    public static func name(_ imported: String?) -> String? {
        guard let imported, imported.hasPrefix(prefix), imported.count <= longest else { return nil }
        let place = imported.dropFirst(prefix.count)
        let words = place.split(separator: " ")
        guard !words.isEmpty, words.allSatisfy({ $0.first?.isNumber == false }),
            place.unicodeScalars.allSatisfy({ $0.properties.generalCategory != .control })
        else { return nil }
        return prefix + words.joined(separator: " ")
    }
}
