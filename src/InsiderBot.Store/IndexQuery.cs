using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// Index lookups as parameterised expressions. LiteDB's <c>Query.EQ(field, value)</c> writes the value into the
/// expression text, so every distinct key is parsed and compiled to IL again and the compiled delegate is cached
/// forever: at scale that was most of the ingest time and an ever-growing heap. Here the text is constant per
/// field, so it is compiled once and only the parameters change.
/// </summary>
internal static class IndexQuery
{
    public static BsonExpression Equal(string field, BsonValue value) =>
        BsonExpression.Create($"$.{field} = @0", value);

    public static BsonExpression Between(string field, BsonValue from, BsonValue to) =>
        BsonExpression.Create($"$.{field} BETWEEN @0 AND @1", from, to);
}
