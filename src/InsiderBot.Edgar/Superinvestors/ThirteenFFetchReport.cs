namespace InsiderBot.Edgar.Superinvestors;

/// <summary>What one 13F fetch pass did across the tracked managers.</summary>
public sealed record ThirteenFFetchReport(int Managers, int Stored, int UpToDate, int Problems);
