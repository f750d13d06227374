using System.Globalization;
using InsiderBot.Chat.Formatting;
using InsiderBot.Store;
using InsiderBot.Store.Alerts;

namespace InsiderBot.Chat.Alerts;

/// <summary>
/// Reads <c>/subscribe</c> and <c>/unsubscribe</c> arguments however they arrive: typed (<c>AAPL MSFT signals:csuite-sell
/// min_value:1M</c>) or as Discord/Slack options (<c>"AAPL, MSFT"</c>, <c>"csuite-sell"</c>, <c>"1000000"</c>). Every token is
/// recognised by its shape: a signal name, an amount, <c>all</c>, or a ticker.
/// </summary>
public sealed record SubscriptionArguments(IReadOnlyList<string> Tickers, bool All, IReadOnlyList<string> Signals, decimal? MinValue, string? Error)
{
    public bool IsEmpty => Tickers.Count == 0 && !All && Signals.Count == 0 && MinValue is null;

    public static SubscriptionArguments Parse(IReadOnlyList<string> arguments, InsiderStore store)
    {
        var tickers = new List<string>();
        var signals = new List<string>();
        decimal? min = null;
        var all = false;
        foreach (var raw in arguments.SelectMany(a => a.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var (prefix, token) = Split(raw);
            if (token.Length == 0) continue;
            if (prefix is "signals" or "signal" || (prefix is null && AlertKinds.IsKnown(token)))
            {
                if (!AlertKinds.IsKnown(token))
                    return Fail($"Unknown signal '{EchoedInput.Clip(token)}'. Valid signals: {string.Join(", ", AlertKinds.All)}.");
                signals.Add(token.ToLowerInvariant());
            }
            else if (prefix is "min_value" or "min" || (prefix is null && char.IsDigit(token[0]) || token.StartsWith('$')))
            {
                if (Amount(token) is not { } amount) return Fail($"min_value must be an amount in dollars, e.g. min_value:250000 or min_value:1M (got '{EchoedInput.Clip(token)}').");
                min = amount;
            }
            else if (token.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                all = true;
            }
            else
            {
                if (!TickerSymbol.IsValid(token)) return Fail($"'{EchoedInput.Clip(token)}' is not a ticker: {TickerSymbol.Rule}.");
                var issuer = store.FindIssuer(token);
                if (issuer is null)
                {
                    var close = store.SuggestIssuers(token, 3);
                    return Fail($"Unknown ticker {token.ToUpperInvariant()}." + (close.Count > 0 ? $" Close matches: {string.Join(", ", close.Select(c => c.Ticker))}." : " Use a ticker the SEC lists, or all."));
                }

                tickers.Add(issuer.Ticker);
            }
        }

        if (all && tickers.Count > 0) return Fail("Name tickers or all, not both.");
        return new SubscriptionArguments(tickers.Distinct().ToList(), all, signals.Distinct().ToList(), min, null);
    }

    private static SubscriptionArguments Fail(string error) => new([], false, [], null, error);

    private static (string? Prefix, string Token) Split(string raw)
    {
        var colon = raw.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? (raw[..colon].ToLowerInvariant(), raw[(colon + 1)..]) : (null, raw);
    }

    /// <summary>"250000", "$1,000,000", "1M", "250k".</summary>
    public static decimal? Amount(string text)
    {
        var t = text.Trim().TrimStart('$').Replace(",", "", StringComparison.Ordinal).ToUpperInvariant();
        var multiplier = t.EndsWith('K') ? 1_000m : t.EndsWith('M') ? 1_000_000m : t.EndsWith('B') ? 1_000_000_000m : 1m;
        if (multiplier != 1m) t = t[..^1];
        return decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value * multiplier : null;
    }
}
