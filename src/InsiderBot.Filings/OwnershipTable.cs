namespace InsiderBot.Filings;

/// <summary>The Form 4 table a row was reported in.</summary>
public enum OwnershipTable
{
    NonDerivative,
    Derivative,
}
