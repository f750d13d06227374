namespace InsiderBot.Edgar.DataSets;

/// <summary>The tables of the SEC's quarterly Insider Transactions Data Set that the import reads.</summary>
public static class DataSetTable
{
    public const string Submission = "SUBMISSION";
    public const string ReportingOwner = "REPORTINGOWNER";
    public const string NonDerivativeTransactions = "NONDERIV_TRANS";
    public const string DerivativeTransactions = "DERIV_TRANS";
    public const string NonDerivativeHoldings = "NONDERIV_HOLDING";
    public const string DerivativeHoldings = "DERIV_HOLDING";
    public const string Footnotes = "FOOTNOTES";
    public const string OwnerSignature = "OWNER_SIGNATURE";

    /// <summary>Without these a Form 4 cannot be rebuilt: the import refuses a data set that lacks one.</summary>
    public static readonly IReadOnlyList<string> Required = [Submission, ReportingOwner, NonDerivativeTransactions];

    /// <summary>Read when present; when absent the import says what the stored filings lack.</summary>
    public static readonly IReadOnlyList<string> Optional = [DerivativeTransactions, Footnotes, NonDerivativeHoldings, DerivativeHoldings];

    public static readonly IReadOnlyList<string> All = [.. Required, .. Optional, OwnerSignature];

    /// <summary>
    /// The table a file holds: <c>SUBMISSION.tsv</c>, or a named extract such as <c>SUBMISSION.head36.tsv</c>.
    /// </summary>
    public static string? Of(string fileName)
    {
        if (!fileName.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase)) return null;
        var stem = fileName[..fileName.IndexOf('.', StringComparison.Ordinal)];
        return All.FirstOrDefault(t => string.Equals(t, stem, StringComparison.OrdinalIgnoreCase));
    }
}
