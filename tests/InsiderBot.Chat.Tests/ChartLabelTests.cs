using InsiderBot.Chat.Formatting;
using InsiderBot.Charts;
using InsiderBot.Testing;

namespace InsiderBot.Chat.Tests;

/// <summary>The text on the <c>/insiders</c> chart of the seeded sample store: one label per signal kind and period, none over another.</summary>
public sealed class ChartLabelTests : IClassFixture<ChartLabelTests.SeededStore>
{
    private readonly SeededStore seeded;

    public ChartLabelTests(SeededStore seeded) => this.seeded = seeded;

    /// <summary>The bundled sample, seeded once, asked as <c>/insiders</c> asks it.</summary>
    public sealed class SeededStore : IDisposable
    {
        public SeededStore()
        {
            Store.Seeder.EnsureSeeded();
            Store.Store.EnsureSignals();
        }

        public TestStore Store { get; } = new();

        /// <summary>The chart's labels for the ticker over <paramref name="from"/>–<paramref name="to"/>, or its whole stored history.</summary>
        public IReadOnlyList<ChartLabel> Labels(string ticker, DateOnly? from = null, DateOnly? to = null)
        {
            var issuer = Store.Store.FindIssuer(ticker)!;
            var all = Store.Store.TradesForIssuer(issuer.Cik, DateOnly.MinValue, DateOnly.MaxValue);
            var (first, last) = (from ?? all.Min(t => t.Date), to ?? all.Max(t => t.Date));
            var trades = Store.Store.TradesForIssuer(issuer.Cik, first, last);
            var signals = Store.Store.SignalsForIssuer(issuer.Cik, first, last);
            return ActivityCharts.Labels(issuer.Ticker, issuer.Name, trades, first, last, signals, Store.Store.SplitsFor(issuer.Cik));
        }

        public void Dispose() => Store.Dispose();
    }

    [Theory]
    [InlineData("TSLA")]
    [InlineData("MSFT")]
    [InlineData("NTRA")]
    [InlineData("SQ")]
    [InlineData("AFRM")]
    [InlineData("PLTR")]
    [InlineData("YELP")]
    [InlineData("LNKD")]
    public void WholeHistory_NoTwoLabelsOverlap(string ticker)
    {
        var labels = seeded.Labels(ticker);

        Assert.Contains(labels, l => l.Kind == ChartLabelKind.Caption && l.Text == "Price per share");
        for (var i = 0; i < labels.Count; i++)
        {
            for (var j = i + 1; j < labels.Count; j++)
                Assert.False(labels[i].Overlaps(labels[j]), $"'{labels[i].Text}' {labels[i]} overlaps '{labels[j].Text}' {labels[j]}");
        }
    }

    [Fact]
    public void TeslasWholeHistory_MergesTheRepeatedSellingWindowsIntoOneCountedLabel()
    {
        var windows = seeded.Labels("TSLA").Where(l => l.Kind == ChartLabelKind.Window).Select(l => l.Text).ToList();

        var label = Assert.Single(windows, t => t.StartsWith("Unexplained C-suite selling", StringComparison.Ordinal));
        Assert.Matches(@"^Unexplained C-suite selling ×\d+$", label);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("2021-01-01", "2022-12-31")]
    [InlineData("2022-01-01", "2022-12-31")]
    [InlineData("2021-11-01", "2021-11-30")]
    public void Tesla_CountsEverySellingSignalOnce_AndNeverStacksTwoLabelsOfItsKind(string? from, string? to)
    {
        var (first, last) = (Day(from) ?? new DateOnly(2009, 1, 1), Day(to) ?? new DateOnly(2026, 1, 1));
        var issuer = seeded.Store.Store.FindIssuer("TSLA")!;
        var signals = seeded.Store.Store.SignalsForIssuer(issuer.Cik, first, last).Count(s => s.Kind == Insights.Signals.SignalKind.UnexplainedCSuiteSelling);

        var labels = seeded.Labels("TSLA", Day(from), Day(to))
            .Where(l => l.Kind == ChartLabelKind.Window && l.Text.StartsWith("Unexplained C-suite selling", StringComparison.Ordinal)).ToList();

        Assert.True(signals > 0);
        Assert.Equal(signals, labels.Sum(l => l.Text.Split(" ×") is [_, var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 1));
        for (var i = 0; i < labels.Count; i++)
        {
            for (var j = i + 1; j < labels.Count; j++)
                Assert.False(labels[i].Left < labels[j].Right && labels[j].Left < labels[i].Right, $"'{labels[i].Text}' is stacked over '{labels[j].Text}'");
        }
    }

    private static DateOnly? Day(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
