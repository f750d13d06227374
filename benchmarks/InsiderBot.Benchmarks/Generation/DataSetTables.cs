using System.Globalization;
using System.Text;
using InsiderBot.Edgar.DataSets;
using InsiderBot.Filings;

namespace InsiderBot.Benchmarks.Generation;

/// <summary>
/// Streams filings into a folder of data-set TSVs in the SEC's layout (the real tables' headers, read from the
/// fixtures), one row at a time, so a full-size synthetic quarter never sits in memory. Adapted from the Edgar tests'
/// writer, which compares the data-set path with the XML path on the same filings.
/// </summary>
public sealed class DataSetTables : IDisposable
{
    private const string Fixtures = "tests/fixtures/edgar/datasets";
    private readonly Table submissions, owners, nonDerivative, derivative, footnotes;
    private long surrogate = 1_000_000;

    public DataSetTables(string folder)
    {
        Directory.CreateDirectory(folder);
        submissions = new Table(folder, "SUBMISSION", Header("2025q2_head_extract", "SUBMISSION.head36.tsv"));
        owners = new Table(folder, "REPORTINGOWNER", Header("2025q2_head_extract", "REPORTINGOWNER.head34.tsv"));
        nonDerivative = new Table(folder, "NONDERIV_TRANS", Header("2025q2_head_extract", "NONDERIV_TRANS.head31.tsv"));
        derivative = new Table(folder, "DERIV_TRANS", Header("2024q4_form345_partial", "DERIV_TRANS.tsv"));
        footnotes = new Table(folder, "FOOTNOTES", ["ACCESSION_NUMBER", "FOOTNOTE_ID", "FOOTNOTE_TXT"]);
    }

    public long Rows { get; private set; }

    public void Write(Form4Filing f)
    {
        Row(submissions, new()
        {
            ["ACCESSION_NUMBER"] = f.Accession, ["FILING_DATE"] = DataSetValues.Format(f.FiledOn),
            ["PERIOD_OF_REPORT"] = DataSetValues.Format(f.PeriodOfReport), ["DATE_OF_ORIG_SUB"] = DataSetValues.Format(f.DateOfOriginalSubmission),
            ["DOCUMENT_TYPE"] = f.DocumentType, ["ISSUERCIK"] = f.Issuer.Cik.ToString("0000000000", CultureInfo.InvariantCulture),
            ["ISSUERNAME"] = f.Issuer.Name, ["ISSUERTRADINGSYMBOL"] = f.Issuer.TradingSymbol, ["REMARKS"] = f.Remarks,
            ["AFF10B5ONE"] = f.Aff10b5One switch { true => "1", false => "0", _ => "" },
        });
        foreach (var o in f.Owners)
        {
            var roles = new[] { (o.IsDirector, "Director"), (o.IsOfficer, "Officer"), (o.IsTenPercentOwner, "TenPercentOwner"), (o.IsOther, "Other") };
            Row(owners, new()
            {
                ["ACCESSION_NUMBER"] = f.Accession, ["RPTOWNERCIK"] = o.Cik.ToString("0000000000", CultureInfo.InvariantCulture), ["RPTOWNERNAME"] = o.Name,
                ["RPTOWNER_RELATIONSHIP"] = string.Join(",", roles.Where(r => r.Item1).Select(r => r.Item2)),
                ["RPTOWNER_TITLE"] = o.OfficerTitle, ["RPTOWNER_TXT"] = o.OtherText,
            });
        }

        foreach (var t in f.Transactions)
        {
            var row = new Dictionary<string, string>
            {
                ["ACCESSION_NUMBER"] = f.Accession,
                [t.IsDerivative ? "DERIV_TRANS_SK" : "NONDERIV_TRANS_SK"] = (surrogate + (t.IsDerivative ? 500 : 0) + t.Position).ToString(CultureInfo.InvariantCulture),
                ["SECURITY_TITLE"] = t.SecurityTitle, ["TRANS_DATE"] = DataSetValues.Format(t.Date), ["TRANS_FORM_TYPE"] = t.FormType,
                ["TRANS_CODE"] = t.Code, ["TRANS_TIMELINESS"] = t.Timeliness, ["TRANS_SHARES"] = N(t.Shares),
                ["TRANS_PRICEPERSHARE"] = N(t.PricePerShare), ["TRANS_ACQUIRED_DISP_CD"] = t.AcquiredDisposed?.ToString() ?? "",
                ["SHRS_OWND_FOLWNG_TRANS"] = N(t.SharesOwnedAfter), ["DIRECT_INDIRECT_OWNERSHIP"] = t.DirectOrIndirect.ToString(),
                ["NATURE_OF_OWNERSHIP"] = t.NatureOfOwnership, ["CONV_EXERCISE_PRICE"] = N(t.ConversionOrExercisePrice),
                ["EXCERCISE_DATE"] = DataSetValues.Format(t.ExerciseDate), ["EXPIRATION_DATE"] = DataSetValues.Format(t.ExpirationDate),
                ["UNDLYNG_SEC_TITLE"] = t.UnderlyingSecurityTitle, ["UNDLYNG_SEC_SHARES"] = N(t.UnderlyingShares),
            };
            Row(t.IsDerivative ? derivative : nonDerivative, row);
        }

        foreach (var note in f.Footnotes) Row(footnotes, new() { ["ACCESSION_NUMBER"] = f.Accession, ["FOOTNOTE_ID"] = note.Id, ["FOOTNOTE_TXT"] = note.Text });
        surrogate += 1000;
    }

    public void Dispose()
    {
        foreach (var table in new[] { submissions, owners, nonDerivative, derivative, footnotes }) table.Dispose();
    }

    private void Row(Table table, Dictionary<string, string> values)
    {
        table.Row(values);
        Rows++;
    }

    private static string[] Header(string set, string file) => File.ReadLines(Path.Combine(Fixtures, set, file)).First().Split('\t');

    private static string N(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private sealed class Table(string folder, string name, string[] header) : IDisposable
    {
        private readonly StreamWriter writer = Open(Path.Combine(folder, name + ".tsv"), header);

        public void Row(Dictionary<string, string> values) =>
            writer.Write(string.Join('\t', header.Select(h => Quote(values.GetValueOrDefault(h, "")))) + "\n");

        public void Dispose() => writer.Dispose();

        private static StreamWriter Open(string path, string[] header)
        {
            var w = new StreamWriter(path, false, new UTF8Encoding(false));
            w.Write(string.Join('\t', header) + "\n");
            return w;
        }

        private static string Quote(string value) =>
            value.Contains('"', StringComparison.Ordinal) || value.Contains('\t', StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal)
                ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
                : value;
    }
}
