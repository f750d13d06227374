namespace InsiderBot.Filings;

/// <summary>How a 13F information table states <c>value</c>: thousands of dollars until the 2023 rule change, dollars after.</summary>
public enum ThirteenFValueUnit
{
    Thousands,
    Dollars,
}
