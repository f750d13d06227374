using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// One company's documents of one month, as layouts 3 and 4 keep them (<see cref="TradeMonth"/>, <see cref="FilingMonth"/>):
/// a list held whole, changed in place by a write transaction and written back once.
/// </summary>
internal abstract class CompanyMonth(long key, List<BsonDocument> documents)
{
    public long Key { get; } = key;

    public bool IsEmpty => Documents.Count == 0;

    protected List<BsonDocument> Documents { get; } = documents;

    /// <summary>Puts a changed document in the place of the one with its id; false when there is none.</summary>
    public bool Replace(BsonDocument document)
    {
        var at = IndexOf(IdOf(document));
        if (at < 0) return false;
        Documents[at] = document;
        return true;
    }

    public bool Remove(string id)
    {
        var at = IndexOf(id);
        if (at < 0) return false;
        Documents.RemoveAt(at);
        return true;
    }

    /// <summary>What tells the month's documents apart: a trade's id, a filing's accession.</summary>
    protected abstract string IdOf(BsonDocument document);

    protected int IndexOf(string id) => Documents.FindIndex(d => IdOf(d) == id);
}
