using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store.Superinvestors;

namespace InsiderBot.Import.Superinvestors;

/// <summary>A 13F-HR report an import stored (or found already stored), for the summary a person reads.</summary>
public sealed record ThirteenFImported(string Source, TrackedManager Manager, DateOnly Period, int Holdings, decimal TotalValue, HoldingsSaveResult Result);
