using System.Globalization;

namespace InsiderBot.Fakes.Edgar;

/// <summary>
/// Puts one company's filing history on the fake EDGAR as data.sec.gov shows it: the submissions list
/// <c>/submissions/CIK##########.json</c> with its newest filings under <c>filings.recent</c> and the older ones on a
/// page it names under <c>filings.files</c>, a few other forms between the Form 4s, and each Form 4's full submission
/// under the issuer's CIK.
/// </summary>
public static class FakeCompanyHistory
{
    /// <param name="filed">Each filing with the day EDGAR accepted it.</param>
    /// <param name="recent">How many of the newest filings the first page lists; the rest go on the older page.</param>
    public static void PublishCompanyHistory(this FakeEdgar edgar, long issuerCik, string name, IReadOnlyList<(SyntheticFiling Filing, DateOnly Filed)> filed, int recent)
    {
        var listed = filed
            .Select(f => new SubmissionsJsonBuilder.Filing(f.Filing.Accession, "4", f.Filed, f.Filing.TradeDay, $"xslF345X05/{SyntheticFiling.DocumentName}"))
            .Concat(filed.Select((f, i) => new SubmissionsJsonBuilder.Filing(
                string.Create(CultureInfo.InvariantCulture, $"0000{issuerCik:000000}-{f.Filed:yy}-{900_000 + i:000000}"), i % 2 == 0 ? "8-K" : "10-Q", f.Filed, null, "doc.htm")))
            .OrderByDescending(f => f.FilingDate).ThenByDescending(f => f.Accession, StringComparer.Ordinal)
            .ToList();
        var newest = listed.Take(recent).ToList();
        var older = listed.Skip(recent).ToList();
        var pages = new List<SubmissionsJsonBuilder.OlderPage>();
        if (older.Count > 0)
        {
            var pageName = string.Create(CultureInfo.InvariantCulture, $"CIK{issuerCik:D10}-submissions-001.json");
            pages.Add(new SubmissionsJsonBuilder.OlderPage(pageName, older.Count, older[^1].FilingDate, older[0].FilingDate));
            edgar.AddFile("/submissions/" + pageName, SubmissionsJsonBuilder.BuildPage(older));
        }

        edgar.AddSubmissions(issuerCik, SubmissionsJsonBuilder.Build(issuerCik, name, newest, pages));
        foreach (var (filing, day) in filed)
            edgar.AddFile($"/Archives/edgar/data/{issuerCik}/{filing.Accession}.txt", FakeDailyIndexes.FullSubmission(filing, day));
    }
}
