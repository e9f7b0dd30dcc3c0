import Foundation

/// The 43 territorial forces of England and Wales, built in with their police.uk ids and names.
///
/// Northern Ireland (which police.uk also lists) and British Transport Police are outside the
/// Policing Pledge and are not included.
public enum ForceCatalogue {
    /// Every built-in force, ordered by id; `number` is the position in this list, starting at 1.
    public static let all: [Force] = [
        ("avon-and-somerset", "Avon and Somerset Constabulary"),
        ("bedfordshire", "Bedfordshire Police"),
        ("cambridgeshire", "Cambridgeshire Constabulary"),
        ("cheshire", "Cheshire Constabulary"),
        ("city-of-london", "City of London Police"),
        ("cleveland", "Cleveland Police"),
        ("cumbria", "Cumbria Constabulary"),
        ("derbyshire", "Derbyshire Constabulary"),
        ("devon-and-cornwall", "Devon & Cornwall Police"),
        ("dorset", "Dorset Police"),
        ("durham", "Durham Constabulary"),
        ("dyfed-powys", "Dyfed-Powys Police"),
        ("essex", "Essex Police"),
        ("gloucestershire", "Gloucestershire Constabulary"),
        ("greater-manchester", "Greater Manchester Police"),
        ("gwent", "Gwent Police"),
        ("hampshire", "Hampshire Constabulary"),
        ("hertfordshire", "Hertfordshire Constabulary"),
        ("humberside", "Humberside Police"),
        ("kent", "Kent Police"),
        ("lancashire", "Lancashire Constabulary"),
        ("leicestershire", "Leicestershire Police"),
        ("lincolnshire", "Lincolnshire Police"),
        ("merseyside", "Merseyside Police"),
        ("metropolitan", "Metropolitan Police Service"),
        ("norfolk", "Norfolk Constabulary"),
        ("north-wales", "North Wales Police"),
        ("north-yorkshire", "North Yorkshire Police"),
        ("northamptonshire", "Northamptonshire Police"),
        ("northumbria", "Northumbria Police"),
        ("nottinghamshire", "Nottinghamshire Police"),
        ("south-wales", "South Wales Police"),
        ("south-yorkshire", "South Yorkshire Police"),
        ("staffordshire", "Staffordshire Police"),
        ("suffolk", "Suffolk Constabulary"),
        ("surrey", "Surrey Police"),
        ("sussex", "Sussex Police"),
        ("thames-valley", "Thames Valley Police"),
        ("warwickshire", "Warwickshire Police"),
        ("west-mercia", "West Mercia Police"),
        ("west-midlands", "West Midlands Police"),
        ("west-yorkshire", "West Yorkshire Police"),
        ("wiltshire", "Wiltshire Police"),
    ].enumerated().map { Force(id: $0.element.0, name: $0.element.1, number: $0.offset + 1) }

    private static let byID: [String: Force] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
    private static let byNumber: [Int: Force] = Dictionary(uniqueKeysWithValues: all.map { ($0.number, $0) })
    private static let byName: [String: Force] = {
        var names: [String: Force] = [:]
        for force in all {
            names[force.name.lowercased()] = force
            // police.uk has spelt some names both ways over the years.
            names[force.name.replacingOccurrences(of: "&", with: "and").lowercased()] = force
        }
        names["metropolitan police"] = byID["metropolitan"]
        names["hampshire and isle of wight constabulary"] = byID["hampshire"]
        return names
    }()

    /// The force with this police.uk id (case-sensitive, as police.uk ids are lower case).
    public static func force(id: String) -> Force? { byID[id] }

    /// The force with this storage number.
    public static func force(number: Int) -> Force? { byNumber[number] }

    /// The force a police.uk display name (the crime CSV's `Falls within`) refers to; the id is
    /// accepted too. Case is ignored.
    public static func force(named name: String) -> Force? {
        byName[name.lowercased()] ?? byID[name.lowercased()]
    }
}

extension ForceCatalogue {
    /// The force someone typed: its police.uk id or display name, in any case and without surrounding
    /// spaces (`Leicestershire`, `LEICESTERSHIRE`, `Leicestershire Police`).
    public static func force(typed text: String) -> Force? {
        force(named: text.trimmingCharacters(in: .whitespaces))
    }

    /// The force a mistyped id or name most likely meant (`leicestershir` → Leicestershire), by edit
    /// distance over the police.uk ids and names, ignoring case; nil when none is close.
    public static func nearest(to text: String) -> Force? {
        EditDistance.nearest(to: text.trimmingCharacters(in: .whitespaces).lowercased(), among: all) { [$0.id, $0.name.lowercased()] }
    }
}
