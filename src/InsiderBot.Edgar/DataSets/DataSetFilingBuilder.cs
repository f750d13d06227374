using InsiderBot.Filings;

namespace InsiderBot.Edgar.DataSets;

/// <summary>Rebuilds the <see cref="Form4Filing"/> an XML ownership document would give from its data-set rows.</summary>
internal static class DataSetFilingBuilder
{
    public static (Form4Filing? Filing, string? Problem) Build(DataSetFilingParts parts, string source)
    {
        var s = parts.Submission;
        if (s is null) return (null, "no SUBMISSION row");
        var issuerCik = FormValues.Cik(s["ISSUERCIK"]);
        if (issuerCik is null) return (null, $"the issuer CIK is missing or not a number ('{s["ISSUERCIK"]}')");
        if (parts.Owners.Count == 0) return (null, "no REPORTINGOWNER row names a reporting owner");

        var owners = new List<ReportingOwner>(parts.Owners.Count);
        foreach (var o in parts.Owners)
        {
            var cik = FormValues.Cik(o["RPTOWNERCIK"]);
            if (cik is null) return (null, $"a reporting owner's CIK is missing or not a number ('{o["RPTOWNERCIK"]}')");
            var relationship = o["RPTOWNER_RELATIONSHIP"].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            bool Is(string role) => relationship.Contains(role, StringComparer.OrdinalIgnoreCase);
            owners.Add(new ReportingOwner(cik.Value, o["RPTOWNERNAME"].Trim(), Is("Director"), Is("Officer"), Is("TenPercentOwner"), Is("Other"),
                o["RPTOWNER_TITLE"].Trim(), o["RPTOWNER_TXT"].Trim()));
        }

        var filing = new Form4Filing
        {
            Accession = parts.Accession,
            DocumentType = s["DOCUMENT_TYPE"].Trim().ToUpperInvariant(),
            PeriodOfReport = DataSetValues.Date(s["PERIOD_OF_REPORT"]),
            DateOfOriginalSubmission = DataSetValues.Date(s["DATE_OF_ORIG_SUB"]),
            FiledOn = DataSetValues.Date(s["FILING_DATE"]),
            NotSubjectToSection16 = FormValues.Flag(s["NOT_SUBJECT_SEC16"]),
            Aff10b5One = FormValues.Flag(s["AFF10B5ONE"]),
            Issuer = new Issuer(issuerCik.Value, s["ISSUERNAME"].Trim(), s["ISSUERTRADINGSYMBOL"].Trim()),
            Owners = owners,
            Transactions =
            [
                .. Transactions(parts.NonDerivativeTransactions, OwnershipTable.NonDerivative, "NONDERIV_TRANS_SK"),
                .. Transactions(parts.DerivativeTransactions, OwnershipTable.Derivative, "DERIV_TRANS_SK"),
            ],
            Holdings =
            [
                .. Holdings(parts.NonDerivativeHoldings, OwnershipTable.NonDerivative, "NONDERIV_HOLDING_SK"),
                .. Holdings(parts.DerivativeHoldings, OwnershipTable.Derivative, "DERIV_HOLDING_SK"),
            ],
            Footnotes = parts.Footnotes
                .Select(f => new Footnote(f["FOOTNOTE_ID"].Trim(), f["FOOTNOTE_TXT"].Trim()))
                .Where(f => f.Id.Length > 0)
                .OrderBy(f => FootnoteNumber(f.Id)).ThenBy(f => f.Id, StringComparer.Ordinal)
                .ToList(),
            Remarks = s["REMARKS"].Trim(),
            Source = source,
        };
        return (filing, null);
    }

    private static IEnumerable<FilingTransaction> Transactions(List<DataSetRow> rows, OwnershipTable table, string key) =>
        rows.OrderBy(r => r.Key(key)).Select((r, position) => new FilingTransaction
        {
            Table = table,
            Position = position,
            SecurityTitle = r["SECURITY_TITLE"].Trim(),
            Date = DataSetValues.Date(r["TRANS_DATE"]),
            DeemedExecutionDate = DataSetValues.Date(r["DEEMED_EXECUTION_DATE"]),
            FormType = r["TRANS_FORM_TYPE"].Trim(),
            Code = r["TRANS_CODE"].Trim().ToUpperInvariant(),
            EquitySwapInvolved = FormValues.Flag(r["EQUITY_SWAP_INVOLVED"]),
            Timeliness = r["TRANS_TIMELINESS"].Trim(),
            Shares = FormValues.Number(r["TRANS_SHARES"]),
            PricePerShare = FormValues.Number(r["TRANS_PRICEPERSHARE"]),
            AcquiredDisposed = Letter(r["TRANS_ACQUIRED_DISP_CD"]),
            SharesOwnedAfter = FormValues.Number(r["SHRS_OWND_FOLWNG_TRANS"]),
            ValueOwnedAfter = FormValues.Number(r["VALU_OWND_FOLWNG_TRANS"]),
            DirectOrIndirect = Letter(r["DIRECT_INDIRECT_OWNERSHIP"]) ?? 'D',
            NatureOfOwnership = r["NATURE_OF_OWNERSHIP"].Trim(),
            ConversionOrExercisePrice = FormValues.Number(r["CONV_EXERCISE_PRICE"]),
            ExerciseDate = DataSetValues.Date(First(r["EXCERCISE_DATE"], r["EXERCISE_DATE"])),
            ExpirationDate = DataSetValues.Date(r["EXPIRATION_DATE"]),
            UnderlyingSecurityTitle = r["UNDLYNG_SEC_TITLE"].Trim(),
            UnderlyingShares = FormValues.Number(r["UNDLYNG_SEC_SHARES"]),
            Footnotes = References(r),
        });

    private static IEnumerable<FilingHolding> Holdings(List<DataSetRow> rows, OwnershipTable table, string key) =>
        rows.OrderBy(r => r.Key(key)).Select((r, position) => new FilingHolding
        {
            Table = table,
            Position = position,
            SecurityTitle = r["SECURITY_TITLE"].Trim(),
            SharesOwned = FormValues.Number(r["SHRS_OWND_FOLWNG_TRANS"]),
            DirectOrIndirect = Letter(r["DIRECT_INDIRECT_OWNERSHIP"]) ?? 'D',
            NatureOfOwnership = r["NATURE_OF_OWNERSHIP"].Trim(),
            Footnotes = References(r),
        });

    private static List<FootnoteReference> References(DataSetRow row) =>
        row.FootnoteReferences().Select(f => new FootnoteReference(DataSetColumns.FieldOfFootnoteColumn(f.Column), f.Id)).ToList();

    private static string First(string a, string b) => a.Length > 0 ? a : b;

    private static int FootnoteNumber(string id) => int.TryParse(id.AsSpan(1), out var n) ? n : int.MaxValue;

    private static char? Letter(string text)
    {
        var t = text.Trim();
        return t.Length == 0 ? null : char.ToUpperInvariant(t[0]);
    }
}
