using InsiderBot.Insights.Superinvestors;

namespace InsiderBot.Store.Superinvestors;

/// <summary>A 13F-HR report an import stored (or found already stored), for the summary a person reads.</summary>
public sealed record ThirteenFImported(string Source, TrackedManager Manager, DateOnly Period, int Holdings, decimal TotalValue, HoldingsSaveResult Result);
