namespace InsiderBot.Edgar.Http;

/// <summary>What one EDGAR request ended with, after its retries.</summary>
public sealed record EdgarResponse(Uri Url, EdgarOutcome Outcome, byte[] Body, int Attempts, string? Problem)
{
    public bool IsOk => Outcome == EdgarOutcome.Ok;
}
