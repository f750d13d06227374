using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// Writes for a document whose writer read it (or found it absent) earlier in the same transaction, so it knows whether
/// the document is stored. LiteDB's <c>Upsert</c> tries an update first, a walk of the primary key that finds nothing for
/// every new document before the insert walks it again, and a delete of an absent document walks it for nothing: each
/// walk is some 15–20 µs and 30 KB of LiteDB's index nodes, and an import writes tens of thousands of new company months,
/// split-fact months and pending marks a quarter. An update that finds nothing, or an insert that finds the key, throws:
/// the transaction is rolled back rather than a write lost or doubled.
/// </summary>
internal static class KnownDocuments
{
    public static void Write(ILiteCollection<BsonDocument> collection, BsonDocument document, bool stored)
    {
        if (!stored)
        {
            collection.Insert(document);
            return;
        }

        if (!collection.Update(document))
            throw new InvalidOperationException($"{collection.Name} {document["_id"].RawValue} was read as stored and is not");
    }

    public static void Delete(ILiteCollection<BsonDocument> collection, BsonValue id, bool stored)
    {
        if (stored) collection.Delete(id);
    }
}
