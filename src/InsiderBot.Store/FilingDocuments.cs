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

    public static string Accession(BsonDocument filing) => filing["_id"].AsString;

    public static long Issuer(BsonDocument filing) => filing["iss"].AsInt64;

    public static string IssuerName(BsonDocument filing) => filing["in"].AsString;

    /// <summary>The issuer's trading symbol as the filing wrote it (possibly several, or none).</summary>
    public static string TradingSymbol(BsonDocument filing) => filing["sym"].AsString;

    /// <summary>The ticker the store filed it under; empty when none was known.</summary>
    public static string Ticker(BsonDocument filing) => filing["tk"].AsString;

    /// <summary>The company as the insider directory lists it: the ticker, else the issuer's name.</summary>
    public static string Company(BsonDocument filing) => Ticker(filing) is { Length: > 0 } tk ? tk : IssuerName(filing);

    /// <summary>The filer whose trades the owners share (<see cref="InsiderKey"/>).</summary>
    public static long Insider(BsonDocument filing) => filing["own"].AsInt64;

    public static IEnumerable<(long Cik, string Name)> Owners(BsonDocument filing) =>
        filing["owners"].AsArray.Select(o => o.AsDocument).Select(o => (o["cik"].AsInt64, o["name"].AsString));

    public static string DocumentType(BsonDocument filing) => filing["dt"].AsString;

    /// <summary>The period of report (<see cref="DayNumber"/>); null when the filing gave none.</summary>
    public static int? Period(BsonDocument filing) => Day(filing["per"]);

    /// <summary>The day the original was filed, as a 4/A states it (<see cref="DayNumber"/>).</summary>
    public static int? OriginalSubmission(BsonDocument filing) => Day(filing["orig"]);

    /// <summary>The day it was filed (<see cref="DayNumber"/>).</summary>
    public static int? Filed(BsonDocument filing) => Day(filing["fd"]);

    /// <summary>The <c>rep</c> index key (<see cref="StoreDatabase.ReportKey"/>).</summary>
    public static long ReportKey(BsonDocument filing) => filing["rep"].AsInt64;

    /// <summary>Gives a filing written before the <c>rep</c> key existed its key.</summary>
    public static void FillReportKey(BsonDocument filing) => filing["rep"] = StoreDatabase.ReportKey(Insider(filing), Period(filing));

    /// <summary>True when both filings are of the same owner, filer and period of report.</summary>
    public static bool SameReport(BsonDocument a, BsonDocument b) => a["rep"] == b["rep"] && a["own"] == b["own"] && a["per"] == b["per"];

    /// <summary>Where the filing was read from (a URL, a file, the bundled sample).</summary>
    public static string Source(BsonDocument filing) => filing["src"].AsString;

    public static IEnumerable<Footnote> Footnotes(BsonDocument filing) =>
        filing["fn"].AsArray.Select(f => new Footnote(f["id"].AsString, f["t"].AsString));

    /// <summary>True when a 4/A replaced the filing, whichever of the two arrived first.</summary>
    public static bool IsSuperseded(BsonDocument filing) => filing["sup"].IsBoolean;

    /// <summary>The 4/A that replaced the filing after it was stored; null when it was replaced on arrival, or not at all.</summary>
    public static string? SupersededBy(BsonDocument filing) => filing["supBy"].IsString ? filing["supBy"].AsString : null;

    /// <summary>Marks the filing replaced: on arrival (<paramref name="amendment"/> null) or by a later 4/A.</summary>
    public static void Supersede(BsonDocument filing, string? amendment = null)
    {
        filing["sup"] = true;
        if (amendment is not null) filing["supBy"] = amendment;
    }

    public static void Reinstate(BsonDocument filing)
    {
        filing.Remove("sup");
        filing.Remove("supBy");
    }

    private static int? Day(BsonValue day) => day.IsNull ? null : day.AsInt32;
}
