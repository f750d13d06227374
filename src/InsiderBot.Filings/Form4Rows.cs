namespace InsiderBot.Filings;

/// <summary>Turns the flattened fields of one owner, transaction or holding into the filing model.</summary>
internal static class Form4Rows
{
    public static ReportingOwner Owner(long cik, FieldValues f) => new(
        cik,
        f.Text(Form4Field.RptOwnerName).Trim(),
        FormValues.Flag(f[Form4Field.IsDirector]) ?? false,
        FormValues.Flag(f[Form4Field.IsOfficer]) ?? false,
        FormValues.Flag(f[Form4Field.IsTenPercentOwner]) ?? false,
        FormValues.Flag(f[Form4Field.IsOther]) ?? false,
        f.Text(Form4Field.OfficerTitle).Trim(),
        f.Text(Form4Field.OtherText).Trim());

    public static FilingTransaction Transaction(
        OwnershipTable table, int position, FieldValues f, IReadOnlyList<FootnoteReference> footnotes, List<string> warnings)
    {
        var row = new RowWarnings(table, position, warnings);
        var code = f.Text(Form4Field.TransactionCode).Trim().ToUpperInvariant();
        if (code.Length > 0 && !TransactionCodes.IsKnown(code))
            row.Add($"unknown transaction code '{code}'");

        return new FilingTransaction
        {
            Table = table,
            Position = position,
            SecurityTitle = f.Text(Form4Field.SecurityTitle).Trim(),
            Date = DateField(f, Form4Field.TransactionDate, row),
            DeemedExecutionDate = DateField(f, Form4Field.DeemedExecutionDate, row),
            FormType = f.Text(Form4Field.TransactionFormType).Trim(),
            Code = code,
            EquitySwapInvolved = FormValues.Flag(f[Form4Field.EquitySwapInvolved]),
            Timeliness = f.Text(Form4Field.TransactionTimeliness).Trim(),
            Shares = NumberField(f, Form4Field.TransactionShares, row),
            PricePerShare = NumberField(f, Form4Field.TransactionPricePerShare, row),
            AcquiredDisposed = Letter(f[Form4Field.TransactionAcquiredDisposedCode]),
            SharesOwnedAfter = NumberField(f, Form4Field.SharesOwnedFollowingTransaction, row),
            ValueOwnedAfter = NumberField(f, Form4Field.ValueOwnedFollowingTransaction, row),
            DirectOrIndirect = Letter(f[Form4Field.DirectOrIndirectOwnership]) ?? 'D',
            NatureOfOwnership = f.Text(Form4Field.NatureOfOwnership).Trim(),
            ConversionOrExercisePrice = NumberField(f, Form4Field.ConversionOrExercisePrice, row),
            ExerciseDate = DateField(f, Form4Field.ExerciseDate, row),
            ExpirationDate = DateField(f, Form4Field.ExpirationDate, row),
            UnderlyingSecurityTitle = f.Text(Form4Field.UnderlyingSecurityTitle).Trim(),
            UnderlyingShares = NumberField(f, Form4Field.UnderlyingSecurityShares, row),
            Footnotes = footnotes,
        };
    }

    public static FilingHolding Holding(OwnershipTable table, int position, FieldValues f, IReadOnlyList<FootnoteReference> footnotes) => new()
    {
        Table = table,
        Position = position,
        SecurityTitle = f.Text(Form4Field.SecurityTitle).Trim(),
        SharesOwned = FormValues.Number(f[Form4Field.SharesOwnedFollowingTransaction]),
        DirectOrIndirect = Letter(f[Form4Field.DirectOrIndirectOwnership]) ?? 'D',
        NatureOfOwnership = f.Text(Form4Field.NatureOfOwnership).Trim(),
        Footnotes = footnotes,
    };

    private static decimal? NumberField(FieldValues f, Form4Field field, RowWarnings row)
    {
        var text = f[field];
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = FormValues.Number(text);
        if (value is null) row.Add($"unreadable number in {Name(field)}");
        return value;
    }

    private static DateOnly? DateField(FieldValues f, Form4Field field, RowWarnings row)
    {
        var text = f[field];
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = FormValues.Date(text);
        if (value is null) row.Add($"unreadable date in {Name(field)}");
        return value;
    }

    // The form's own element name: "TransactionShares" is written <transactionShares>.
    private static string Name(Form4Field field)
    {
        var name = field.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static char? Letter(string? text)
    {
        var t = text?.Trim();
        return string.IsNullOrEmpty(t) ? null : char.ToUpperInvariant(t[0]);
    }

    /// <summary>Warnings about one row, labelled "non-derivative row 3: …"; the label is only built when there is one.</summary>
    private readonly record struct RowWarnings(OwnershipTable Table, int Position, List<string> Warnings)
    {
        public void Add(string warning) =>
            Warnings.Add($"{(Table == OwnershipTable.Derivative ? "derivative" : "non-derivative")} row {Position + 1}: {warning}");
    }
}
