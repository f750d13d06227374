namespace InsiderBot.Insights;

/// <summary>Data faults: a flagged row is shown with its flag and left out of every signal.</summary>
[Flags]
public enum DataFlag
{
    None = 0,
    /// <summary>The transaction date is after the filing date.</summary>
    DateAfterFiling = 1,
    /// <summary>The transaction date is before 1990 (a mistyped year).</summary>
    DateBefore1990 = 2,
    /// <summary>The price is many times the issuer's other prices that week: probably a total value.</summary>
    PriceLooksLikeTotal = 4,
    /// <summary>A negative or absurd share count.</summary>
    AbsurdShares = 8,
    /// <summary>No transaction date at all.</summary>
    MissingDate = 16,
}
