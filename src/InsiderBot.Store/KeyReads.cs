using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// A read by primary key through one parsed expression per thread. LiteDB's <c>FindById</c> parses the text
/// <c>_id = @0</c> again on every call (its cache holds the compiled delegate, not the parse), about a sixth of a read
/// that every page is cached for; an import reads a couple of hundred thousand documents by key a quarter. The
/// expression's parameter is set and the query run to its end before the call returns, so no query still holds it when
/// the next read on the thread sets it again.
/// </summary>
internal static class KeyReads
{
    private const string Parameter = "0"; // the @0 of the expression, not a stored field

    [ThreadStatic]
    private static BsonExpression? byId;

    /// <summary>The document with this <c>_id</c>, or null: what <c>FindById</c> answers.</summary>
    public static BsonDocument? ById(this ILiteCollection<BsonDocument> collection, BsonValue id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.IsNull) throw new ArgumentNullException(nameof(id));
        var expression = byId ??= BsonExpression.Create("_id = @0");
        expression.Parameters[Parameter] = id;
        try
        {
            return collection.FindOne(expression);
        }
        finally
        {
            expression.Parameters[Parameter] = BsonValue.Null; // holds no caller's key (or its document) past the read
        }
    }
}
