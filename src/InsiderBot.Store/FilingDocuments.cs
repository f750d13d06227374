using InsiderBot.Filings;
using InsiderBot.Insights;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// The filing header kept beside its trades: enough to find amendments and show where a trade came from. What an index,
/// a projection or an in-place update needs stays a named field (<c>_id</c> the accession, <c>iss</c>, <c>own</c>,
/// <c>rep</c>, <c>src</c>, <c>ti</c>, and <c>sup</c>/<c>supBy</c> once replaced); the rest is one binary field
/// <c>b</c> in a fixed order (<see cref="BlobWriter"/>), as a trade keeps its own: about a third fewer bytes a filing.
/// Filings stored before keep every field named, and every accessor here reads both.
/// </summary>
internal static class FilingDocuments
{
    // The first byte of b: the order the fields below are written in.
    private const byte HeaderFormat = 1;

    public static BsonDocument ToDocument(Form4Filing f, string ticker, IEnumerable<string> tradeIds)
    {
        var insider = InsiderKey.Of(f);
        return new BsonDocument
        {
            ["_id"] = f.Accession,
            ["iss"] = f.Issuer.Cik,
            ["own"] = insider,
            ["rep"] = ReportKeyOf(f),
            ["src"] = f.Source,
            ["ti"] = string.Join(' ', tradeIds.Select(TradeDocuments.SuffixOf)),
            ["b"] = Header(f, ticker),
        };
    }

    // Everything but the named fields, in the order Named reads it back.
    private static byte[] Header(Form4Filing f, string ticker)
    {
        var header = new BlobWriter();
        header.Byte(HeaderFormat);
        header.Text(f.Issuer.Name);
        header.Text(f.Issuer.TradingSymbol);
        header.Text(ticker);
        header.Unsigned((ulong)f.Owners.Count);
        foreach (var owner in f.Owners)
        {
            header.Signed(owner.Cik);
            header.Text(owner.Name);
            header.Text(owner.OfficerTitle);
            header.Signed((int)RoleReader.Read(owner, f.Remarks));
        }

        header.Text(f.DocumentType);
        header.Text(f.SchemaVersion);
        header.Day(f.PeriodOfReport is { } period ? DayNumber.Of(period) : null);
        header.Day(f.DateOfOriginalSubmission is { } original ? DayNumber.Of(original) : null);
        header.Day(f.FiledOn is { } filed ? DayNumber.Of(filed) : null);
        header.Byte(f.Aff10b5One switch { null => 0, false => 1, true => 2 });
        header.Text(f.Remarks);
        header.Unsigned((ulong)f.Footnotes.Count);
        foreach (var footnote in f.Footnotes)
        {
            header.Text(footnote.Id);
            header.Text(footnote.Text);
        }

        header.Unsigned((ulong)f.Warnings.Count);
        foreach (var warning in f.Warnings) header.Text(warning);
        header.Unsigned((ulong)f.Transactions.Count);
        return header.ToArray();
    }

    /// <summary>The filing with every field named as filings stored before <c>b</c> have them (the document itself when it has no <c>b</c>).</summary>
    internal static BsonDocument Named(BsonDocument filing)
    {
        if (!filing.TryGetValue("b", out var header) || !header.IsBinary) return filing;
        var r = new BlobReader(header.AsBinary);
        if (r.Byte() != HeaderFormat) throw new InvalidDataException($"filing {filing["_id"]} has a header this version cannot read");
        var named = new BsonDocument((IDictionary<string, BsonValue>)filing) { ["in"] = r.Text(), ["sym"] = r.Text(), ["tk"] = r.Text() };
        var owners = new BsonArray();
        for (var i = (int)r.Unsigned(); i > 0; i--)
            owners.Add(new BsonDocument { ["cik"] = r.Signed(), ["name"] = r.Text(), ["title"] = r.Text(), ["roles"] = (int)r.Signed() });
        named["owners"] = owners;
        named["dt"] = r.Text();
        named["sv"] = r.Text();
        named["per"] = DayValue(r.Day());
        named["orig"] = DayValue(r.Day());
        named["fd"] = DayValue(r.Day());
        named["aff"] = r.Byte() switch { 0 => BsonValue.Null, 1 => false, _ => true };
        named["rem"] = r.Text();
        var footnotes = new BsonArray();
        for (var i = (int)r.Unsigned(); i > 0; i--) footnotes.Add(new BsonDocument { ["id"] = r.Text(), ["t"] = r.Text() });
        named["fn"] = footnotes;
        var warnings = new BsonArray();
        for (var i = (int)r.Unsigned(); i > 0; i--) warnings.Add(r.Text());
        named["warn"] = warnings;
        named["n"] = (int)r.Unsigned();
        named.Remove("b");
        return named;
    }

    /// <summary>The id suffixes of the filing's stored trades (<c>N1</c>, <c>D2</c>): its <c>ti</c> field.</summary>
    public static IEnumerable<string> TradeSuffixes(BsonDocument filing) =>
        filing["ti"].IsString ? filing["ti"].AsString.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];

    public static string Accession(BsonDocument filing) => filing["_id"].AsString;

    public static long Issuer(BsonDocument filing) => filing["iss"].AsInt64;

    public static string IssuerName(BsonDocument filing) => Named(filing)["in"].AsString;

    /// <summary>The issuer's trading symbol as the filing wrote it (possibly several, or none).</summary>
    public static string TradingSymbol(BsonDocument filing) => Named(filing)["sym"].AsString;

    /// <summary>The ticker the store filed it under; empty when none was known.</summary>
    public static string Ticker(BsonDocument filing) => Named(filing)["tk"].AsString;

    /// <summary>The company as the insider directory lists it: the ticker, else the issuer's name.</summary>
    public static string Company(BsonDocument filing)
    {
        var named = Named(filing);
        return named["tk"].AsString is { Length: > 0 } tk ? tk : named["in"].AsString;
    }

    /// <summary>The filer whose trades the owners share (<see cref="InsiderKey"/>).</summary>
    public static long Insider(BsonDocument filing) => filing["own"].AsInt64;

    public static IEnumerable<(long Cik, string Name)> Owners(BsonDocument filing) =>
        Named(filing)["owners"].AsArray.Select(o => o.AsDocument).Select(o => (o["cik"].AsInt64, o["name"].AsString));

    public static string DocumentType(BsonDocument filing) => Named(filing)["dt"].AsString;

    /// <summary>The period of report (<see cref="DayNumber"/>); null when the filing gave none.</summary>
    public static int? Period(BsonDocument filing) => Day(Named(filing)["per"]);

    /// <summary>The day the original was filed, as a 4/A states it (<see cref="DayNumber"/>).</summary>
    public static int? OriginalSubmission(BsonDocument filing) => Day(Named(filing)["orig"]);

    /// <summary>The day it was filed (<see cref="DayNumber"/>).</summary>
    public static int? Filed(BsonDocument filing) => Day(Named(filing)["fd"]);

    /// <summary>The <c>rep</c> index key (<see cref="StoreDatabase.ReportKey"/>).</summary>
    public static long ReportKey(BsonDocument filing) => filing["rep"].AsInt64;

    /// <summary>Gives a filing written before the <c>rep</c> key existed its key.</summary>
    /// <summary>The report key a filing is stored under (its insider and period of report): where a duplicate or a 4/A looks.</summary>
    public static long ReportKeyOf(Form4Filing f) =>
        StoreDatabase.ReportKey(InsiderKey.Of(f), f.PeriodOfReport is { } period ? DayNumber.Of(period) : null);

    public static void FillReportKey(BsonDocument filing) => filing["rep"] = StoreDatabase.ReportKey(Insider(filing), Period(filing));

    /// <summary>True when both filings are of the same owner, filer and period of report.</summary>
    public static bool SameReport(BsonDocument a, BsonDocument b) => a["rep"] == b["rep"] && a["own"] == b["own"] && Period(a) == Period(b);

    /// <summary>Where the filing was read from (a URL, a file, the bundled sample).</summary>
    public static string Source(BsonDocument filing) => filing["src"].AsString;

    public static IEnumerable<Footnote> Footnotes(BsonDocument filing) =>
        Named(filing)["fn"].AsArray.Select(f => new Footnote(f["id"].AsString, f["t"].AsString));

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

    private static BsonValue DayValue(int? day) => day is { } d ? d : BsonValue.Null;
}
