using System.Globalization;
using InsiderBot.Filings;

namespace InsiderBot.Benchmarks.Stores;

/// <summary>
/// The same history as raw TSV, shaped like the SEC's insider-transactions data set: one row per transaction with the
/// filing's and the owner's fields repeated. The floor that "store size on disk" is compared with.
/// </summary>
public sealed class TransactionTsv(string path) : IDisposable
{
    private const string Header = "ACCESSION_NUMBER\tFILING_DATE\tPERIOD_OF_REPORT\tDOCUMENT_TYPE\tISSUERCIK\tISSUERNAME\tISSUERTRADINGSYMBOL\t" +
        "RPTOWNERCIK\tRPTOWNERNAME\tRPTOWNER_RELATIONSHIP\tRPTOWNER_TITLE\tTABLE\tSECURITY_TITLE\tTRANS_DATE\tTRANS_FORM_TYPE\tTRANS_CODE\t" +
        "TRANS_SHARES\tTRANS_PRICEPERSHARE\tTRANS_ACQUIRED_DISP_CD\tSHRS_OWND_FOLWNG_TRANS\tDIRECT_INDIRECT_OWNERSHIP\tAFF10B5ONE\tFOOTNOTES";

    private readonly StreamWriter writer = Create(path);

    public long Rows { get; private set; }

    public void Write(Form4Filing filing)
    {
        var owner = filing.Owners[0];
        var relationship = string.Join(',', new[] { (owner.IsDirector, "Director"), (owner.IsOfficer, "Officer"), (owner.IsTenPercentOwner, "TenPercentOwner"), (owner.IsOther, "Other") }
            .Where(r => r.Item1).Select(r => r.Item2));
        var footnotes = string.Join(' ', filing.Footnotes.Select(f => f.Text));
        foreach (var t in filing.Transactions)
        {
            writer.Write(string.Join('\t',
                filing.Accession, Day(filing.FiledOn), Day(filing.PeriodOfReport), filing.DocumentType,
                Number(filing.Issuer.Cik), filing.Issuer.Name, filing.Issuer.TradingSymbol,
                Number(owner.Cik), owner.Name, relationship, owner.OfficerTitle,
                t.IsDerivative ? "D" : "N", t.SecurityTitle, Day(t.Date), t.FormType, t.Code,
                Number(t.Shares), Number(t.PricePerShare), t.AcquiredDisposed?.ToString() ?? "", Number(t.SharesOwnedAfter),
                t.DirectOrIndirect.ToString(), filing.Aff10b5One switch { true => "1", false => "0", null => "" }, footnotes));
            writer.Write('\n');
            Rows++;
        }
    }

    public void Dispose() => writer.Dispose();

    private static StreamWriter Create(string path)
    {
        var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), 1 << 16);
        writer.Write(Header);
        writer.Write('\n');
        return writer;
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
