using InsiderBot.Insights.Splits;

namespace InsiderBot.Chat.Formatting;

/// <summary>Words for the splits a window spans and for a price restated across them.</summary>
public static class SplitNotes
{
    /// <summary>"$899.72 reported; $299.91 split-adjusted" when splits fall after the day; the reported price alone otherwise.</summary>
    public static string Price(decimal? reported, DateOnly day, SplitHistory splits) =>
        reported is { } price && splits.Factor(day) != 1
            ? $"{Amounts.Price(price)} reported; {Amounts.Price(splits.AdjustPrice(price, day))} split-adjusted"
            : Amounts.Price(reported);

    /// <summary>One line naming the splits between two days, or null when there are none.</summary>
    public static string? Spanned(string ticker, SplitHistory splits, DateOnly from, DateOnly to)
    {
        var spanned = splits.Between(from, to);
        if (spanned.Count == 0) return null;
        var each = spanned.Select(s => $"{s.Ratio} split {When(s)} ({Source(s)})");
        return $"This window spans {ticker}'s {string.Join(" and ", each)}: " +
            "prices compare split-adjusted, on today's share basis; trade lines keep the reported price beside it.";
    }

    private static string When(StockSplit s) =>
        s.By.DayNumber - s.After.DayNumber <= 1 ? $"on {Dates.Iso(s.By)}" : $"between {Dates.Iso(s.After.AddDays(1))} and {Dates.Iso(s.By)}";

    private static string Source(StockSplit s) => s.Source switch
    {
        SplitSource.Footnote => "stated in a filing's footnote",
        SplitSource.Configured => "configured",
        _ => "inferred from the filings",
    };
}
