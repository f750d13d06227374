using System.Text.Json;

namespace InsiderBot.Filings;

/// <summary>The SEC's <c>company_tickers.json</c>: <c>{"0":{"cik_str":320193,"ticker":"AAPL","title":"Apple Inc."},…}</c>.</summary>
public static class CompanyTickers
{
    public static IReadOnlyList<(string Ticker, long Cik, string Name)> Read(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var entries = new List<(string, long, string)>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var e = property.Value;
            if (e.ValueKind != JsonValueKind.Object) continue;
            if (!e.TryGetProperty("cik_str", out var cik) || !e.TryGetProperty("ticker", out var ticker)) continue;
            var number = cik.ValueKind == JsonValueKind.Number ? cik.GetInt64() : FormValues.Cik(cik.GetString()) ?? 0;
            if (number <= 0) continue;
            var title = e.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "";
            entries.Add((ticker.GetString() ?? "", number, title));
        }

        return entries;
    }
}
