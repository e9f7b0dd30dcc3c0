import Foundation
import Hummingbird
import PledgeCore

/// A police.uk request's parameters: the query string, merged for the custom-area routes with a
/// form-encoded POST body (its fields win), and read the way the reference says (§1, §1.1).
struct PoliceParameters: Sendable {
    let fields: FormFields

    /// The largest form body read: a boundary of 2,100 vertices sent back as `poly` is about 60 KB.
    static let bodyLimit = 1 << 20

    /// The request's parameters. A POST must be form-encoded: a JSON body (or any other) is a 400.
    static func read(_ request: Request) async throws(PoliceAPIError) -> PoliceParameters {
        let query = FormFields(request.uri.query.map { Substring($0) })
        guard request.method == .post else { return PoliceParameters(fields: query) }
        let type = request.headers[.contentType]?.lowercased() ?? ""
        guard type.hasPrefix("application/x-www-form-urlencoded") else { throw .badRequest }
        guard let body = try? await request.body.collect(upTo: bodyLimit) else { throw .badRequest }
        return PoliceParameters(fields: query.merging(FormFields(Substring(String(buffer: body)))))
    }

    /// The month asked for (`date`), checked against the months the store holds, latest first: the
    /// latest when none is given; nil when the answer is an empty list (a month after the latest, or no
    /// crimes at all). A malformed month, or one before the first, is a 404.
    func month(in months: [YearMonth]) throws(PoliceAPIError) -> YearMonth? {
        guard let text = fields.first("date") else { return months.first }
        guard text.utf8.count == 7, let month = YearMonth(text) else { throw .notFound }
        guard let latest = months.first, let earliest = months.last else { return nil }
        if month < earliest { throw .notFound }
        return month > latest ? nil : month
    }

    /// The area asked about: `lat` and `lng` (one mile around the point) or `poly`; nil when neither is
    /// given. Half a pair, a non-number or a malformed polygon is a 400 (the reference's RULE for `poly`).
    func area() throws(PoliceAPIError) -> SearchArea? {
        let polygons = fields.all("poly")
        if !polygons.isEmpty { return .polygon(try Self.polygon(polygons)) }
        let latitude = fields.first("lat"), longitude = fields.first("lng")
        if latitude == nil && longitude == nil { return nil }
        guard let point = Self.point(latitude: latitude, longitude: longitude) else { throw .badRequest }
        return .circle(centre: point, radius: SearchArea.mileRadius)
    }

    /// `location_id`, when given: a map point's id. One that is no map point's is a 404.
    func mapPoint() throws(PoliceAPIError) -> AnonymousMapPoint? {
        guard let text = fields.first("location_id") else { return nil }
        guard let id = Int64(text), let point = AnonymousMapPoint(id: id) else { throw .notFound }
        return point
    }

    /// A point from decimal degree texts, when both are numbers in range.
    static func point(latitude: String?, longitude: String?) -> GeoPoint? {
        guard let latitude = latitude.flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }),
            let longitude = longitude.flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }),
            (-90...90).contains(latitude), (-180...180).contains(longitude)
        else { return nil }
        return GeoPoint(longitude: longitude, latitude: latitude)
    }

    /// `lat,lng:lat,lng:…` with at least three vertices; or, as pyrozza sends a list of pairs, repeated
    /// `poly` values that are all numbers, an even count of at least six, paired as latitude, longitude.
    private static func polygon(_ values: [String]) throws(PoliceAPIError) -> [GeoPoint] {
        var vertices: [GeoPoint] = []
        if values.count > 1 {
            let numbers = values.compactMap { Double($0) }
            guard numbers.count == values.count, numbers.count % 2 == 0 else { throw .badRequest }
            for index in stride(from: 0, to: numbers.count, by: 2) {
                guard let vertex = point(latitude: String(numbers[index]), longitude: String(numbers[index + 1])) else { throw .badRequest }
                vertices.append(vertex)
            }
        } else {
            for pair in values[0].split(separator: ":", omittingEmptySubsequences: true) {
                let parts = pair.split(separator: ",", omittingEmptySubsequences: false)
                guard parts.count == 2, let vertex = point(latitude: String(parts[0]), longitude: String(parts[1])) else { throw .badRequest }
                vertices.append(vertex)
            }
        }
        guard vertices.count >= 3 else { throw .badRequest }
        return vertices
    }
}
