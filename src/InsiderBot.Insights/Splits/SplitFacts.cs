namespace InsiderBot.Insights.Splits;

/// <summary>What one filing tells about a company's splits: its insider's positions, its prices and any footnote stating a split.</summary>
public sealed record SplitFacts(
    string Accession,
    long IssuerCik,
    string TradingSymbol,
    IReadOnlyList<PositionObservation> Positions,
    IReadOnlyList<MarketPrice> Prices,
    IReadOnlyList<SplitStatement> Statements)
{
    public static SplitFacts Of(InsiderBot.Filings.Form4Filing filing) => SplitFactsReader.Read(filing);
}
