namespace InsiderBot.Insights.Splits;

/// <summary>A reported open-market price (P or S) of the company's stock on a day.</summary>
public readonly record struct MarketPrice(DateOnly Date, decimal Price);
