using InsiderBot.Filings;
using InsiderBot.Insights;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>The filing header kept beside its trades: enough to find amendments and show where a trade came from.</summary>
internal static class FilingDocuments
{
    public static BsonDocument ToDocument(Form4Filing f, string ticker, IEnumerable<string> tradeIds) => new()
    {
        ["_id"] = f.Accession,
        ["iss"] = f.Issuer.Cik,
        ["in"] = f.Issuer.Name,
        ["sym"] = f.Issuer.TradingSymbol,
        ["tk"] = ticker,
        ["own"] = InsiderKey.Of(f),
        ["owners"] = new BsonArray(f.Owners.Select(o => new BsonDocument
        {
            ["cik"] = o.Cik,
            ["name"] = o.Name,
            ["title"] = o.OfficerTitle,
            ["roles"] = (int)RoleReader.Read(o, f.Remarks),
        })),
        ["dt"] = f.DocumentType,
        ["sv"] = f.SchemaVersion,
        ["per"] = f.PeriodOfReport is { } p ? DayNumber.Of(p) : BsonValue.Null,
        ["rep"] = StoreDatabase.ReportKey(InsiderKey.Of(f), f.PeriodOfReport is { } rp ? DayNumber.Of(rp) : null),
        ["orig"] = f.DateOfOriginalSubmission is { } o ? DayNumber.Of(o) : BsonValue.Null,
        ["fd"] = f.FiledOn is { } fd ? DayNumber.Of(fd) : BsonValue.Null,
        ["aff"] = f.Aff10b5One is { } aff ? aff : BsonValue.Null,
        ["rem"] = f.Remarks,
        ["src"] = f.Source,
        ["fn"] = new BsonArray(f.Footnotes.Select(n => new BsonDocument { ["id"] = n.Id, ["t"] = n.Text })),
        ["warn"] = new BsonArray(f.Warnings.Select(w => new BsonValue(w))),
        ["n"] = f.Transactions.Count,
        ["ti"] = string.Join(' ', tradeIds.Select(TradeDocuments.SuffixOf)),
    };

    /// <summary>The id suffixes of the filing's stored trades (<c>N1</c>, <c>D2</c>): its <c>ti</c> field.</summary>
    public static IEnumerable<string> TradeSuffixes(BsonDocument filing) =>
        filing["ti"].IsString ? filing["ti"].AsString.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
}
