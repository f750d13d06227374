using System.ComponentModel.DataAnnotations;

namespace InsiderBot.Insights.Splits;

/// <summary>The <c>Splits</c> section: how sure an inferred split must be to be applied, and splits given by hand.</summary>
public sealed class SplitOptions : IValidatableObject
{
    public const string Section = "Splits";

    /// <summary>Inferred splits below this confidence (0–1) are kept with their evidence but not applied.</summary>
    [Range(typeof(decimal), "0", "1", ErrorMessage = "Splits:MinConfidence must be a fraction from 0 to 1, e.g. 0.75")]
    public decimal MinConfidence { get; set; } = 0.75m;

    /// <summary>Splits that override an inferred one around the same date, or add one the filings do not show.</summary>
    public List<KnownSplit> Known { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Known.Count; i++)
        {
            var known = Known[i];
            if (string.IsNullOrWhiteSpace(known.Ticker))
                yield return new ValidationResult($"Splits:Known:{i}:Ticker must name the company, e.g. TSLA", [nameof(Known)]);
            if (known.Date == default)
                yield return new ValidationResult($"Splits:Known:{i}:Date must be the first day on the new basis, e.g. 2022-08-25", [nameof(Known)]);
            if (!SplitRatio.TryParse(known.Ratio, out _))
                yield return new ValidationResult($"Splits:Known:{i}:Ratio must read like 3-for-1 or 1-for-10, not '{known.Ratio}'", [nameof(Known)]);
        }
    }

    /// <summary>
    /// The splits applied to a company: its configured ones, then the inferred ones at or above <see cref="MinConfidence"/>
    /// whose interval holds no configured date.
    /// </summary>
    public SplitHistory Apply(long issuerCik, string ticker, IEnumerable<StockSplit> inferred)
    {
        var known = KnownFor(issuerCik, ticker).ToList();
        return new SplitHistory(known.Concat(inferred.Where(s => s.Confidence >= MinConfidence && !known.Any(k => s.After < k.By && k.By <= s.By))));
    }

    /// <summary>What decides the applied splits besides the filings: a store recomputes its signals when it changes.</summary>
    public string Fingerprint => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{MinConfidence}|{string.Join(",", Known.Select(k => $"{k.Ticker.Trim().ToUpperInvariant()}:{k.Date:yyyy-MM-dd}:{k.Ratio}"))}");

    /// <summary>The configured (ticker, date) pairs a <see cref="Fingerprint"/> (or a text ending in one) names.</summary>
    public static IEnumerable<(string Ticker, DateOnly Date)> KnownIn(string fingerprint)
    {
        foreach (var entry in fingerprint[(fingerprint.LastIndexOf('|') + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = entry.Split(':');
            if (parts.Length == 3 && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
                yield return (parts[0], date);
        }
    }

    /// <summary>The configured splits of one ticker, as splits.</summary>
    public IEnumerable<StockSplit> KnownFor(long issuerCik, string ticker) =>
        Known.Where(k => string.Equals(k.Ticker.Trim(), ticker, StringComparison.OrdinalIgnoreCase) && SplitRatio.TryParse(k.Ratio, out _))
            .Select(k =>
            {
                SplitRatio.TryParse(k.Ratio, out var ratio);
                return new StockSplit
                {
                    IssuerCik = issuerCik,
                    Ratio = ratio,
                    After = k.Date.AddDays(-1),
                    By = k.Date,
                    Confidence = 1,
                    Source = SplitSource.Configured,
                    Evidence = [$"configured under Splits:Known ({k.Ticker.Trim().ToUpperInvariant()} {ratio} on {k.Date:yyyy-MM-dd})"],
                };
            });
}
