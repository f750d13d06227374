namespace InsiderBot.Store;

/// <summary>What the bundled sample touched, written before its removal starts and read by every step after (<see cref="SampleRemoval"/>).</summary>
/// <param name="Issuers">The companies the sample's filings belong to.</param>
/// <param name="Exercises">The (insider, company, day) of the sample's exercises, whose same-day sales are read again.</param>
/// <param name="PricedDays">The (company, day) of the sample's priced stock rows, whose price flags are checked again.</param>
/// <param name="MarketDayKeys">The market-day ledger entries the sample's trades were counted in.</param>
/// <param name="Reports">The report keys of the sample's filings, whose amendments are read again.</param>
/// <param name="Signals">The signals citing the sample's trades.</param>
/// <param name="Uncovered">The (company, filing day) of sample filings with a real accession, whose days are fetched again.</param>
/// <param name="Tickers">The sample's ticker map.</param>
internal sealed record SampleRemovalPlan(
    IReadOnlyList<long> Issuers,
    IReadOnlyList<(long Insider, long Issuer, int Day)> Exercises,
    IReadOnlyList<(long Issuer, int Day)> PricedDays,
    IReadOnlyList<string> MarketDayKeys,
    IReadOnlyList<long> Reports,
    IReadOnlyList<string> Signals,
    IReadOnlyList<(long Issuer, int Day)> Uncovered,
    IReadOnlyList<(string Ticker, long Cik)> Tickers);
