using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// Writes for a document that grows batch by batch and is read often (a market-day ledger entry, read for every shown
/// insider's status). LiteDB updates a document in place and puts the bytes that no longer fit into extension blocks on
/// whichever pages have room, so such a document ends up in many pieces and every read visits them all: on the 5M
/// benchmark store a market-day entry read in 77 µs as grown and 28 µs once written whole. Deleting and inserting it in
/// the same transaction writes it in one piece; readers see the same document. Not for documents rewritten every batch
/// and seldom read (split-fact months, split watches): written whole, they made a ten-year live ingest a quarter slower.
/// </summary>
internal static class WholeDocuments
{
    public static void Write(ILiteCollection<BsonDocument> collection, BsonDocument document)
    {
        collection.Delete(document["_id"]);
        collection.Insert(document);
    }
}
