using System.Globalization;
using InsiderBot.Fakes.Edgar;

namespace InsiderBot.Testing;

/// <summary>
/// Form 4 files beside the bundled sample, as a deployment gathers them after it was seeded: two sales by Peter Thiel
/// at Meta on the day of his exercise the sample holds, one of them sold to cover taxes on vesting (both read as the
/// exercise's sale while the sample is there), other
/// Meta directors' buys that week, and a company the sample does not hold, whose three directors (and Thiel) buy.
/// </summary>
public static class SampleNeighbours
{
    private const long Meta = 1326801;
    private const long Thiel = 1211060;
    private const long Newco = 9100001;

    private const string SellToCover = "Shares sold to cover tax withholding obligations on the vesting of restricted stock units.";

    private static readonly (long Issuer, string Name, string Ticker, long Owner, string OwnerName, string Day, string Code, decimal Shares, decimal Price, string Footnote)[] Rows =
    [
        (Meta, "Meta Platforms, Inc.", "FB", Thiel, "THIEL PETER", "2022-05-15", "S", 946, 190, ""),
        (Meta, "Meta Platforms, Inc.", "FB", Thiel, "THIEL PETER", "2022-05-15", "S", 120, 190.5m, SellToCover),
        (Meta, "Meta Platforms, Inc.", "FB", 9200002, "DOE JOHN", "2022-05-17", "P", 100, 191, ""),
        (Meta, "Meta Platforms, Inc.", "FB", 9200001, "ROE JANE", "2022-05-18", "P", 200, 185, ""),
        (Newco, "Newco Holdings Inc", "NWCO", 9200011, "ALPHA ANN", "2022-12-01", "P", 5_000, 12, ""),
        (Newco, "Newco Holdings Inc", "NWCO", 9200012, "BETA BOB", "2022-12-02", "P", 4_000, 12.5m, ""),
        (Newco, "Newco Holdings Inc", "NWCO", 9200013, "GAMMA GIL", "2022-12-05", "P", 3_000, 12.25m, ""),
        (Newco, "Newco Holdings Inc", "NWCO", Thiel, "THIEL PETER", "2022-12-06", "P", 10_000, 12, ""),
    ];

    /// <summary>Writes the files into <paramref name="folder"/> (created) and returns it.</summary>
    public static string Write(string folder)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < Rows.Length; i++)
            File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"neighbour-{i:00}.xml")), Xml(Rows[i]));
        return folder;
    }

    private static string Xml((long Issuer, string Name, string Ticker, long Owner, string OwnerName, string Day, string Code, decimal Shares, decimal Price, string Footnote) r)
    {
        var footnoted = r.Footnote.Length > 0;
        return Form4Document.Document(
            periodOfReport: r.Day,
            issuer: Form4Document.Issuer(Form4Document.Cik(r.Issuer), r.Name, r.Ticker),
            owners: Form4Document.Owner(Form4Document.Cik(r.Owner), r.OwnerName, officerTitle: null),
            transactions: Form4Document.Transaction(
                r.Code, Form4Document.Number(r.Shares), Form4Document.Value(r.Price), r.Code == "S" ? "D" : "A", Form4Document.Number(r.Shares * 3), r.Day,
                sharesFootnote: footnoted ? "F1" : null),
            footnotes: footnoted ? Form4Document.Footnote("F1", r.Footnote) : "",
            signature: Form4Document.OwnerSignature(r.OwnerName, r.Day));
    }
}
