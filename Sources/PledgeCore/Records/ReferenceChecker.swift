/// Checks the rules of a kind that depend on stored records: the record's neighbourhood is one the
/// force has, and a victim update's victim exists.
public struct ReferenceChecker {
    private let fields: [FieldSpec]
    private let rules: [CompiledRule]

    public init(kind: RecordKind) {
        let schema = RecordSchema.of(kind)
        fields = schema.fields
        rules = schema.rules.map { CompiledRule($0, schema) }.filter(\.needsLookup)
    }

    /// Throws the `RowProblem` of the first rule the record breaks.
    public func check(_ record: ValidatedRecord, against lookup: any RecordLookup) throws {
        for rule in rules { try rule.check(record.values, force: record.force, fields: fields, lookup: lookup) }
    }
}
