using System.Text;
using InsiderBot.Edgar.DataSets;
using InsiderBot.Filings;
using InsiderBot.Testing;

namespace InsiderBot.Edgar.Tests.DataSets;

/// <summary>
/// Writes data-set TSV rows from parsed XML filings, with the real tables' headers, so the data-set path can be
/// compared with the XML path on the same filings. Rows are written in reverse filing order to prove the join does
/// not depend on the tables' row order.
/// </summary>
internal static class DataSetWriter
{
    private static readonly Dictionary<string, string> ColumnOfField = DataSetColumns.XmlField
        .Where(p => p.Key is not ("EXCERCISE_DATE" or "EQUITY_SWAP_INVOLVED"))
        .ToDictionary(p => p.Value, p => p.Key + "_FN");

    public static void Write(string folder, IReadOnlyList<Form4Filing> filings)
    {
        Directory.CreateDirectory(folder);
        var sub = Table(folder, "SUBMISSION", Header("2025q2_head_extract", "SUBMISSION.head36.tsv"));
        var own = Table(folder, "REPORTINGOWNER", Header("2025q2_head_extract", "REPORTINGOWNER.head34.tsv"));
        var nd = Table(folder, "NONDERIV_TRANS", Header("2025q2_head_extract", "NONDERIV_TRANS.head31.tsv"));
        var d = Table(folder, "DERIV_TRANS", Header("2024q4_form345_partial", "DERIV_TRANS.tsv"));
        var ndh = Table(folder, "NONDERIV_HOLDING", Header("2024q4_form345_partial", "NONDERIV_HOLDING.tsv"));
        var dh = Table(folder, "DERIV_HOLDING", Header("2024q4_form345_partial", "DERIV_HOLDING.tsv"));
        var fn = Table(folder, "FOOTNOTES", ["ACCESSION_NUMBER", "FOOTNOTE_ID", "FOOTNOTE_TXT"]);
        long sk = 1_000_000;
        foreach (var f in filings.Reverse())
        {
            sub.Row(new()
            {
                ["ACCESSION_NUMBER"] = f.Accession, ["FILING_DATE"] = DataSetValues.Format(f.FiledOn),
                ["PERIOD_OF_REPORT"] = DataSetValues.Format(f.PeriodOfReport), ["DATE_OF_ORIG_SUB"] = DataSetValues.Format(f.DateOfOriginalSubmission),
                ["NOT_SUBJECT_SEC16"] = Flag(f.NotSubjectToSection16), ["DOCUMENT_TYPE"] = f.DocumentType,
                ["ISSUERCIK"] = f.Issuer.Cik.ToString("0000000000"), ["ISSUERNAME"] = f.Issuer.Name,
                ["ISSUERTRADINGSYMBOL"] = f.Issuer.TradingSymbol, ["REMARKS"] = f.Remarks, ["AFF10B5ONE"] = Flag(f.Aff10b5One),
            });
            foreach (var o in f.Owners)
            {
                var roles = new[] { (o.IsDirector, "Director"), (o.IsOfficer, "Officer"), (o.IsTenPercentOwner, "TenPercentOwner"), (o.IsOther, "Other") };
                own.Row(new()
                {
                    ["ACCESSION_NUMBER"] = f.Accession, ["RPTOWNERCIK"] = o.Cik.ToString("0000000000"), ["RPTOWNERNAME"] = o.Name,
                    ["RPTOWNER_RELATIONSHIP"] = string.Join(",", roles.Where(r => r.Item1).Select(r => r.Item2)),
                    ["RPTOWNER_TITLE"] = o.OfficerTitle, ["RPTOWNER_TXT"] = o.OtherText,
                });
            }

            // Rows of a table go out last-position-first; the surrogate key keeps the filing's order.
            foreach (var t in f.Transactions.OrderByDescending(t => t.Position))
            {
                var key = sk + (t.IsDerivative ? 500 : 0) + t.Position;
                var row = Footnoted(t.Footnotes);
                row["ACCESSION_NUMBER"] = f.Accession;
                row[t.IsDerivative ? "DERIV_TRANS_SK" : "NONDERIV_TRANS_SK"] = key.ToString();
                row["SECURITY_TITLE"] = t.SecurityTitle;
                row["TRANS_DATE"] = DataSetValues.Format(t.Date);
                row["DEEMED_EXECUTION_DATE"] = DataSetValues.Format(t.DeemedExecutionDate);
                row["TRANS_FORM_TYPE"] = t.FormType;
                row["TRANS_CODE"] = t.Code;
                row["EQUITY_SWAP_INVOLVED"] = Flag(t.EquitySwapInvolved);
                row["TRANS_TIMELINESS"] = t.Timeliness;
                row["TRANS_SHARES"] = N(t.Shares);
                row["TRANS_PRICEPERSHARE"] = N(t.PricePerShare);
                row["TRANS_ACQUIRED_DISP_CD"] = t.AcquiredDisposed?.ToString() ?? "";
                row["SHRS_OWND_FOLWNG_TRANS"] = N(t.SharesOwnedAfter);
                row["VALU_OWND_FOLWNG_TRANS"] = N(t.ValueOwnedAfter);
                row["DIRECT_INDIRECT_OWNERSHIP"] = t.DirectOrIndirect.ToString();
                row["NATURE_OF_OWNERSHIP"] = t.NatureOfOwnership;
                row["CONV_EXERCISE_PRICE"] = N(t.ConversionOrExercisePrice);
                row["EXCERCISE_DATE"] = DataSetValues.Format(t.ExerciseDate);
                row["EXPIRATION_DATE"] = DataSetValues.Format(t.ExpirationDate);
                row["UNDLYNG_SEC_TITLE"] = t.UnderlyingSecurityTitle;
                row["UNDLYNG_SEC_SHARES"] = N(t.UnderlyingShares);
                (t.IsDerivative ? d : nd).Row(row);
            }

            foreach (var h in f.Holdings.OrderByDescending(h => h.Position))
            {
                var row = Footnoted(h.Footnotes);
                row["ACCESSION_NUMBER"] = f.Accession;
                row[h.Table == OwnershipTable.Derivative ? "DERIV_HOLDING_SK" : "NONDERIV_HOLDING_SK"] = (sk + h.Position).ToString();
                row["SECURITY_TITLE"] = h.SecurityTitle;
                row["SHRS_OWND_FOLWNG_TRANS"] = N(h.SharesOwned);
                row["DIRECT_INDIRECT_OWNERSHIP"] = h.DirectOrIndirect.ToString();
                row["NATURE_OF_OWNERSHIP"] = h.NatureOfOwnership;
                (h.Table == OwnershipTable.Derivative ? dh : ndh).Row(row);
            }

            foreach (var note in f.Footnotes) fn.Row(new() { ["ACCESSION_NUMBER"] = f.Accession, ["FOOTNOTE_ID"] = note.Id, ["FOOTNOTE_TXT"] = note.Text });
            sk += 1000;
        }

        foreach (var table in new[] { sub, own, nd, d, ndh, dh, fn }) table.Dispose();
    }

    private static Dictionary<string, string> Footnoted(IEnumerable<FootnoteReference> references)
    {
        var row = new Dictionary<string, string>();
        foreach (var group in references.GroupBy(r => r.Field))
        {
            var column = ColumnOfField.GetValueOrDefault(group.Key, "SECURITY_TITLE_FN");
            row[column] = row.TryGetValue(column, out var earlier) ? $"{earlier}, {string.Join(", ", group.Select(r => r.Id))}" : string.Join(", ", group.Select(r => r.Id));
        }

        return row;
    }

    private static string[] Header(string set, string file) =>
        File.ReadLines(RepoPaths.Fixture("edgar", "datasets", set, file)).First().Split('\t');

    private static string Flag(bool? value) => value switch { true => "1", false => "0", _ => "" };

    private static string N(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static TableWriter Table(string folder, string name, string[] header) => new(Path.Combine(folder, name + ".tsv"), header);

    private sealed class TableWriter : IDisposable
    {
        private readonly StreamWriter writer;
        private readonly string[] header;

        public TableWriter(string path, string[] header)
        {
            this.header = header;
            writer = new StreamWriter(path, false, new UTF8Encoding(false));
            writer.Write(string.Join('\t', header) + "\n");
        }

        public void Row(Dictionary<string, string> values) =>
            writer.Write(string.Join('\t', header.Select(h => Quote(values.GetValueOrDefault(h, "")))) + "\n");

        private static string Quote(string value) =>
            value.Contains('"', StringComparison.Ordinal) || value.Contains('\t', StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal)
                ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
                : value;

        public void Dispose() => writer.Dispose();
    }
}
