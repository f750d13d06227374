namespace InsiderBot.Edgar.Live;

/// <summary>One Eastern day of a daily-index walk: its Form 4s, empty when EDGAR has no index for it (weekends, holidays).</summary>
public sealed record DailyIndexDay(DateOnly Day, IReadOnlyList<FeedFiling> Filings, bool Published);
