using System.Globalization;
using System.Text;

namespace InsiderBot.Fakes.Edgar;

/// <summary>
/// Writes a getcurrent Atom page in EDGAR's exact shape (copied from the real pages in the fixtures): every Form 4
/// appears twice, once under the reporting owner and once under the issuer, and other form types are mixed in.
/// </summary>
public static class AtomFeedBuilder
{
    public sealed record Entry(string FormType, string Accession, long OwnerCik, string OwnerName, long IssuerCik, string IssuerName, DateTimeOffset Accepted);

    public static byte[] Page(IEnumerable<Entry> entries, DateTimeOffset now)
    {
        var b = new StringBuilder();
        b.Append("<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        b.Append(CultureInfo.InvariantCulture, $"<title>Latest Filings - {now:ddd, dd MMM yyyy HH:mm:ss} EST</title>\n");
        b.Append("<link rel=\"alternate\" href=\"/cgi-bin/browse-edgar?action=getcurrent\"/>\n<link rel=\"self\" href=\"/cgi-bin/browse-edgar?action=getcurrent\"/>\n");
        b.Append("<id>https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent</id>\n<author><name>Webmaster</name><email>webmaster@sec.gov</email></author>\n");
        b.Append(CultureInfo.InvariantCulture, $"<updated>{Iso(now)}</updated>\n");
        foreach (var e in entries)
        {
            One(b, e, e.OwnerCik, e.OwnerName, "Reporting");
            One(b, e, e.IssuerCik, e.IssuerName, "Issuer");
        }

        b.Append("</feed>\n");
        return Encoding.Latin1.GetBytes(b.ToString());
    }

    private static void One(StringBuilder b, Entry e, long cik, string name, string role)
    {
        var folder = e.Accession.Replace("-", "", StringComparison.Ordinal);
        b.Append(CultureInfo.InvariantCulture, $"<entry>\n<title>{e.FormType} - {Escape(name)} ({cik:0000000000}) ({role})</title>\n");
        b.Append(CultureInfo.InvariantCulture, $"<link rel=\"alternate\" type=\"text/html\" href=\"https://www.sec.gov/Archives/edgar/data/{cik}/{folder}/{e.Accession}-index.htm\"/>\n");
        b.Append(CultureInfo.InvariantCulture, $"<summary type=\"html\">\n &lt;b&gt;Filed:&lt;/b&gt; {e.Accepted:yyyy-MM-dd} &lt;b&gt;AccNo:&lt;/b&gt; {e.Accession} &lt;b&gt;Size:&lt;/b&gt; 10 KB\n</summary>\n");
        b.Append(CultureInfo.InvariantCulture, $"<updated>{Iso(e.Accepted)}</updated>\n<category scheme=\"https://www.sec.gov/\" label=\"form type\" term=\"{e.FormType}\"/>\n");
        b.Append(CultureInfo.InvariantCulture, $"<id>urn:tag:sec.gov,2008:accession-number={e.Accession}</id>\n</entry>\n");
    }

    private static string Iso(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Escape(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
