namespace InsiderBot.Filings;

/// <summary>Turns the flattened fields of one owner, transaction or holding into the filing model.</summary>
internal static class Form4Rows
{
    public static ReportingOwner Owner(long cik, Dictionary<string, string> f) => new(
        cik,
        f.GetValueOrDefault("rptOwnerName", "").Trim(),
        FormValues.Flag(f.GetValueOrDefault("isDirector")) ?? false,
        FormValues.Flag(f.GetValueOrDefault("isOfficer")) ?? false,
        FormValues.Flag(f.GetValueOrDefault("isTenPercentOwner")) ?? false,
        FormValues.Flag(f.GetValueOrDefault("isOther")) ?? false,
        f.GetValueOrDefault("officerTitle", "").Trim(),
        f.GetValueOrDefault("otherText", "").Trim());

    public static FilingTransaction Transaction(
        OwnershipTable table, int position, Dictionary<string, string> f, List<FootnoteReference> footnotes, List<string> warnings)
    {
        var row = $"{(table == OwnershipTable.Derivative ? "derivative" : "non-derivative")} row {position + 1}";
        var code = f.GetValueOrDefault("transactionCode", "").Trim().ToUpperInvariant();
        if (code.Length > 0 && !TransactionCodes.IsKnown(code))
            warnings.Add($"{row}: unknown transaction code '{code}'");

        return new FilingTransaction
        {
            Table = table,
            Position = position,
            SecurityTitle = f.GetValueOrDefault("securityTitle", "").Trim(),
            Date = DateField(f, "transactionDate", row, warnings),
            DeemedExecutionDate = DateField(f, "deemedExecutionDate", row, warnings),
            FormType = f.GetValueOrDefault("transactionFormType", "").Trim(),
            Code = code,
            EquitySwapInvolved = FormValues.Flag(f.GetValueOrDefault("equitySwapInvolved")),
            Timeliness = f.GetValueOrDefault("transactionTimeliness", "").Trim(),
            Shares = NumberField(f, "transactionShares", row, warnings),
            PricePerShare = NumberField(f, "transactionPricePerShare", row, warnings),
            AcquiredDisposed = Letter(f.GetValueOrDefault("transactionAcquiredDisposedCode")),
            SharesOwnedAfter = NumberField(f, "sharesOwnedFollowingTransaction", row, warnings),
            ValueOwnedAfter = NumberField(f, "valueOwnedFollowingTransaction", row, warnings),
            DirectOrIndirect = Letter(f.GetValueOrDefault("directOrIndirectOwnership")) ?? 'D',
            NatureOfOwnership = f.GetValueOrDefault("natureOfOwnership", "").Trim(),
            ConversionOrExercisePrice = NumberField(f, "conversionOrExercisePrice", row, warnings),
            ExerciseDate = DateField(f, "exerciseDate", row, warnings),
            ExpirationDate = DateField(f, "expirationDate", row, warnings),
            UnderlyingSecurityTitle = f.GetValueOrDefault("underlyingSecurityTitle", "").Trim(),
            UnderlyingShares = NumberField(f, "underlyingSecurityShares", row, warnings),
            Footnotes = footnotes,
        };
    }

    public static FilingHolding Holding(OwnershipTable table, int position, Dictionary<string, string> f, List<FootnoteReference> footnotes) => new()
    {
        Table = table,
        Position = position,
        SecurityTitle = f.GetValueOrDefault("securityTitle", "").Trim(),
        SharesOwned = FormValues.Number(f.GetValueOrDefault("sharesOwnedFollowingTransaction")),
        DirectOrIndirect = Letter(f.GetValueOrDefault("directOrIndirectOwnership")) ?? 'D',
        NatureOfOwnership = f.GetValueOrDefault("natureOfOwnership", "").Trim(),
        Footnotes = footnotes,
    };

    private static decimal? NumberField(Dictionary<string, string> f, string field, string row, List<string> warnings)
    {
        if (!f.TryGetValue(field, out var text) || string.IsNullOrWhiteSpace(text)) return null;
        var value = FormValues.Number(text);
        if (value is null) warnings.Add($"{row}: unreadable number in {field}");
        return value;
    }

    private static DateOnly? DateField(Dictionary<string, string> f, string field, string row, List<string> warnings)
    {
        if (!f.TryGetValue(field, out var text) || string.IsNullOrWhiteSpace(text)) return null;
        var value = FormValues.Date(text);
        if (value is null) warnings.Add($"{row}: unreadable date in {field}");
        return value;
    }

    private static char? Letter(string? text)
    {
        var t = text?.Trim();
        return string.IsNullOrEmpty(t) ? null : char.ToUpperInvariant(t[0]);
    }
}
