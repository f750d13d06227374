using System.Text;

namespace InsiderBot.Fakes.Edgar;

/// <summary>Puts synthetic filings on the fake EDGAR as the real one shows new filings: folders first, then the feed.</summary>
public static class FakeEdgarPublishing
{
    private const int FilingsPerPage = 50;

    /// <summary>
    /// Serves each filing's folder under both CIKs and rewrites the getcurrent pages to list <paramref name="newestFirst"/>
    /// (50 filings, 100 entries, a page), as a live feed does when filings arrive.
    /// </summary>
    public static void Publish(this FakeEdgar edgar, IReadOnlyList<SyntheticFiling> newestFirst, DateTimeOffset now)
    {
        foreach (var filing in newestFirst)
        {
            var xml = filing.Xml();
            edgar.AddFiling(filing.IssuerCik, filing.Accession, SyntheticFiling.DocumentName, xml);
            edgar.AddFiling(filing.OwnerCik, filing.Accession, SyntheticFiling.DocumentName, xml);
        }

        var pages = newestFirst.Chunk(FilingsPerPage).Select(page => AtomFeedBuilder.Page(page.Select(f => f.FeedEntry), now)).ToList();
        for (var i = 0; i < pages.Count; i++) edgar.FeedPages[i * 100] = pages[i];
        foreach (var stale in edgar.FeedPages.Keys.Where(k => k >= pages.Count * 100).ToList()) edgar.FeedPages.TryRemove(stale, out _);
    }

    /// <summary>A <c>company_tickers.json</c> naming the companies of <paramref name="filings"/>.</summary>
    public static byte[] CompanyTickers(IEnumerable<SyntheticFiling> filings)
    {
        var companies = filings.DistinctBy(f => f.IssuerCik).Select((f, i) => $"\"{i}\":{{\"cik_str\":{f.IssuerCik},\"ticker\":\"{f.Ticker}\",\"title\":\"{f.IssuerName}\"}}");
        return Encoding.UTF8.GetBytes("{" + string.Join(',', companies) + "}");
    }
}
