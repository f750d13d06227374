using System.Globalization;
using System.Text;
using InsiderBot.Benchmarks.Scenarios;

namespace InsiderBot.Benchmarks.Stores;

/// <summary>Where a LiteDB file's bytes go: pages per collection and page type, and how much of them is free (LiteDB's <c>$dump</c>).</summary>
public static class PageBreakdown
{
    private const double PageBytes = 8192;

    public static string Of(string path)
    {
        using var bench = new BenchStore(path, fresh: false);
        return Of(bench.Database.Database);
    }

    public static string Of(LiteDB.ILiteDatabase database)
    {
        var pages = database.GetCollection("$dump").FindAll()
            .Select(d => (Collection: d["collection"].IsString ? d["collection"].AsString : "-", Type: d["pageType"].AsString, Free: d["freeBytes"].IsNumber ? d["freeBytes"].AsInt32 : 0))
            .GroupBy(p => (p.Collection, p.Type))
            .Select(g => (g.Key.Collection, g.Key.Type, Pages: g.Count(), Free: g.Sum(p => (long)p.Free)))
            .OrderByDescending(g => g.Pages)
            .ToList();
        var total = pages.Sum(p => p.Pages);
        var text = new StringBuilder("| collection | page type | pages | MB | share | free inside those pages |\n| --- | --- | --- | --- | --- | --- |\n");
        foreach (var (collection, type, count, free) in pages.Take(12))
            text.AppendLine(CultureInfo.InvariantCulture, $"| {collection} | {type} | {count:N0} | {count * PageBytes / 1048576:N1} | {100.0 * count / total:0}% | {100.0 * free / (count * PageBytes):0}% |");
        return text.ToString();
    }
}
