using System.Globalization;
using System.Text.RegularExpressions;
using InsiderBot.Filings;

namespace InsiderBot.Insights.Splits;

/// <summary>Reads a Form 4's positions, prices and split footnotes (<see cref="SplitFacts"/>).</summary>
internal static partial class SplitFactsReader
{
    public static SplitFacts Read(Form4Filing filing)
    {
        var day = filing.PeriodOfReport ?? filing.FiledOn;
        var rows = new List<(string Line, int Order, DateOnly Date, decimal Before, decimal After, decimal? Strike)>();
        foreach (var t in filing.Transactions)
        {
            if (t.SharesOwnedAfter is not { } after || (t.Date ?? day) is not { } date) continue;
            var signed = t.Shares is { } shares ? t.AcquiredDisposed == 'D' ? -shares : t.AcquiredDisposed == 'A' ? shares : 0m : 0m;
            rows.Add((Line(t.Table, t.SecurityTitle, t.DirectOrIndirect, t.NatureOfOwnership, t.ExpirationDate), t.Position, date, after - signed, after, t.ConversionOrExercisePrice));
        }

        foreach (var h in filing.Holdings)
        {
            if (h.SharesOwned is not { } owned || day is not { } date) continue;
            rows.Add((Line(h.Table, h.SecurityTitle, h.DirectOrIndirect, h.NatureOfOwnership, null), 100_000 + h.Position, date, owned, owned, null));
        }

        var insider = InsiderKey.Of(filing);
        var positions = rows.GroupBy(r => r.Line, StringComparer.Ordinal)
            .Select(g =>
            {
                var ordered = g.OrderBy(r => r.Order).ToList();
                return new PositionObservation(insider, g.Key, filing.Accession, ordered.Min(r => r.Date), ordered.Max(r => r.Date),
                    ordered[0].Before, ordered[^1].After, ordered[0].Strike, ordered[^1].Strike);
            })
            .OrderBy(p => p.Line, StringComparer.Ordinal)
            .ToList();

        var prices = filing.Transactions
            .Where(t => !t.IsDerivative && t.Code is "P" or "S" && t.PricePerShare > 0 && t.Date is not null)
            .Select(t => new MarketPrice(t.Date!.Value, t.PricePerShare!.Value))
            .ToList();

        var statements = filing.FiledOn is { } filed
            ? filing.Footnotes.Select(f => Statement(f, filed, filing.Accession)).OfType<SplitStatement>().ToList()
            : [];
        return new SplitFacts(filing.Accession, filing.Issuer.Cik, filing.Issuer.TradingSymbol.Trim().ToUpperInvariant(), positions, prices, statements);
    }

    /// <summary>
    /// Common stock held directly, held through one vehicle, or one option series (keyed by expiry, not strike, which moves
    /// with a split, nor the exact title, which filers retype: "non-qualifed stock option").
    /// </summary>
    private static string Line(OwnershipTable table, string title, char directOrIndirect, string nature, DateOnly? expiry)
    {
        var security = Normal(title);
        if (table == OwnershipTable.NonDerivative) return string.Join('|', "n", security, directOrIndirect, Normal(nature), "");
        if (security.Contains("option", StringComparison.Ordinal)) security = "stock option";
        return string.Join('|', "d", security, directOrIndirect, Normal(nature), expiry?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
    }

    private static string Normal(string text) => Spaces().Replace(text.Trim().ToLowerInvariant(), " ");

    private static SplitStatement? Statement(Footnote footnote, DateOnly filed, string accession)
    {
        var match = SplitWords().Match(footnote.Text);
        if (!match.Success || !SplitRatio.TryParse($"{match.Groups["n"].Value}-for-{match.Groups["o"].Value}", out var ratio)) return null;
        var tail = footnote.Text[(match.Index + match.Length)..];
        var date = EffectiveDate().Match(tail) is { Success: true } d &&
            DateOnly.TryParseExact(Spaces().Replace(d.Groups["d"].Value, " "), ["MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM. d, yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var on)
            ? on
            : (DateOnly?)null;
        return new SplitStatement(ratio, date is { } x && x <= filed ? x : null, filed, accession, footnote.Text);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<n>\d{1,4})[\s-]*for[\s-]*(?<o>\d{1,4})\s+(?:reverse\s+)?(?:stock\s+|share\s+)?split", RegexOptions.IgnoreCase)]
    private static partial Regex SplitWords();

    [GeneratedRegex(@"^[^.;]{0,80}?\b(?:effected|effective|completed|paid|distributed)?\s*(?:on|as of)\s+(?<d>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})")]
    private static partial Regex EffectiveDate();
}
