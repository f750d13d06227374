namespace InsiderBot.Benchmarks.Generation;

internal sealed record ScheduledFiling(SyntheticCompany Company, SyntheticInsider Insider, DateOnly Trade, FilingKind Kind);
