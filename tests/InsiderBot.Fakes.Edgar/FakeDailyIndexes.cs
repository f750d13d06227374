using System.Globalization;
using System.Text;

namespace InsiderBot.Fakes.Edgar;

/// <summary>
/// Puts synthetic filings on the fake EDGAR as its daily indexes show them: <c>form.YYYYMMDD.idx</c> in the real
/// fixed-width layout (each Form 4 listed under the issuer's and the owner's CIK), and each filing's full submission
/// <c>/Archives/edgar/data/{cik}/{accession}.txt</c> under both CIKs. A day never published answers 404, as
/// weekends and holidays do.
/// </summary>
public static class FakeDailyIndexes
{
    private const string Header = """
        Description:           Daily Index of EDGAR Dissemination Feed by Form Type
        Last Data Received:    {0}
        Comments:              webmaster@sec.gov
        Anonymous FTP:         ftp://ftp.sec.gov/edgar/
        
        
        
        
        Form Type   Company Name                                                  CIK         Date Filed  File Name
        ---------------------------------------------------------------------------------------------------------------------------------------------
        """;

    /// <summary>Publishes one day's index (and its filings); an empty list is a business day with no Form 4.</summary>
    public static void PublishDailyIndex(this FakeEdgar edgar, DateOnly day, IReadOnlyList<SyntheticFiling> filings)
    {
        var lines = new StringBuilder(string.Format(CultureInfo.InvariantCulture, Header, day.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        lines.Append(CultureInfo.InvariantCulture, $"{"8-K",-12}{"OTHER FILER INC",-62}{1234567,-12}{day:yyyyMMdd}    edgar/data/1234567/0001234567-{day:yy}-000001.txt         \n");
        foreach (var filing in filings)
        {
            foreach (var (cik, name) in new[] { (filing.IssuerCik, filing.IssuerName), (filing.OwnerCik, filing.OwnerName) })
            {
                lines.Append(CultureInfo.InvariantCulture, $"{"4",-12}{name,-62}{cik,-12}{day:yyyyMMdd}    edgar/data/{cik}/{filing.Accession}.txt         \n");
                edgar.AddFile($"/Archives/edgar/data/{cik}/{filing.Accession}.txt", FullSubmission(filing, day));
            }
        }

        edgar.AddDailyIndex(day, Encoding.Latin1.GetBytes(lines.ToString()));
    }

    /// <summary>The filing as EDGAR's full submission text: the SGML header, then the ownership XML in its document.</summary>
    public static byte[] FullSubmission(SyntheticFiling filing, DateOnly filed)
    {
        var xml = Encoding.UTF8.GetString(filing.Xml());
        return Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"""
            <SEC-DOCUMENT>{filing.Accession}.txt : {filed:yyyyMMdd}
            <SEC-HEADER>{filing.Accession}.hdr.sgml : {filed:yyyyMMdd}
            <ACCEPTANCE-DATETIME>{filed:yyyyMMdd}170000
            ACCESSION NUMBER:		{filing.Accession}
            CONFORMED SUBMISSION TYPE:	4
            PUBLIC DOCUMENT COUNT:		1
            CONFORMED PERIOD OF REPORT:	{filing.TradeDay:yyyyMMdd}
            FILED AS OF DATE:		{filed:yyyyMMdd}
            </SEC-HEADER>
            <DOCUMENT>
            <TYPE>4
            <SEQUENCE>1
            <FILENAME>{SyntheticFiling.DocumentName}
            <TEXT>
            <XML>
            {xml}
            </XML>
            </TEXT>
            </DOCUMENT>
            </SEC-DOCUMENT>
            """));
    }
}
