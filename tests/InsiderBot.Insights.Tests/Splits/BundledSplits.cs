using InsiderBot.Filings;
using InsiderBot.Insights.Splits;
using InsiderBot.Testing;

namespace InsiderBot.Insights.Tests.Splits;

/// <summary>The split facts of every bundled real filing, read once.</summary>
internal static class BundledSplits
{
    public const long Tesla = 1318605;

    private static readonly Lazy<IReadOnlyList<SplitFacts>> All = new(() => SampleFilings.AllForm4Files()
        .Select(path => new FilingDocumentReader().Read(File.ReadAllBytes(path), path))
        .Where(o => o.IsParsed)
        .Select(o => SplitFacts.Of(o.Filing!))
        .ToList());

    public static IReadOnlyList<SplitFacts> Facts => All.Value;

    public static IReadOnlyList<SplitFacts> Of(long issuerCik) => Facts.Where(f => f.IssuerCik == issuerCik).ToList();
}
