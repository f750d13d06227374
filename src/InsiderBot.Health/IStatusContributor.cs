namespace InsiderBot.Health;

/// <summary>A part of the bot (EDGAR ingestion, a platform adapter, the alert dispatcher) that reports its health to <c>/status</c>.</summary>
public interface IStatusContributor
{
    IEnumerable<StatusLine> Status();
}
