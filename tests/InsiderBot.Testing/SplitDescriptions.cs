using System.Globalization;
using InsiderBot.Insights.Splits;

namespace InsiderBot.Testing;

/// <summary>Inferred splits as comparable lines (ratio, interval, confidence, source, every piece of evidence), for tests that compare two inferences.</summary>
public static class SplitDescriptions
{
    public static List<string> Of(IEnumerable<StockSplit> splits) =>
        splits.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Ratio} ({s.After:O}, {s.By:O}] {s.Confidence} {s.Source}: {string.Join(" / ", s.Evidence)}")).ToList();
}
