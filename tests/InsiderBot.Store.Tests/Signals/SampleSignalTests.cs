using InsiderBot.Import;
using InsiderBot.Insights.Signals;
using InsiderBot.Testing;

namespace InsiderBot.Store.Tests.Signals;

/// <summary>
/// The bundled real filings, read as a careful analyst would. What the files say decides what fires:
/// <list type="bullet">
/// <item>Musk's TSLA filings of 2021-11-08 and of 2021-11-15 to 2021-12-28 say the sales were "automatically effected
/// pursuant to a Rule 10b5-1 trading plan previously adopted on September 14, 2021", or fall on days of his option
/// exercises: planned or exercise sales, no signal.</item>
/// <item>His Revocable Trust's sales of 2021-11-09 to 2021-11-12 (0000899243-21-044225 … -044475, after the Twitter
/// poll) carry no plan footnote and no exercise: discretionary CEO sales, as are those of April, August, November and
/// 2022-12-12 to 14 (0000899243-22-038522).</item>
/// <item>Each company in the sample has a single filer, so there is no cluster to find.</item>
/// </list>
/// </summary>
public sealed class SampleSignalTests : IClassFixture<SampleSignalTests.Seeded>
{
    private const long Tesla = 1318605;
    private const long Musk = 1494730;
    private readonly Seeded sample;

    public SampleSignalTests(Seeded sample) => this.sample = sample;

    public sealed class Seeded : IDisposable
    {
        public Seeded()
        {
            Summary = Test.Importer.Import([Path.Combine(RepoPaths.SampleData, "form4"), Path.Combine(RepoPaths.SampleData, "form4_sgml")]);
            Signals = Test.Store.AllSignals();
        }

        public TestStore Test { get; } = new();
        public ImportSummary Summary { get; }
        public IReadOnlyList<SignalRecord> Signals { get; }

        public void Dispose() => Test.Dispose();
    }

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Musks_discretionary_trust_sales_are_unexplained_ceo_selling_and_his_plan_and_exercise_sales_are_not()
    {
        var days = sample.Signals.Where(s => s.Kind == SignalKind.UnexplainedCSuiteSelling && s.IssuerCik == Tesla).Select(s => s.From).Order().ToList();
        DateOnly[] expected =
        [
            D(2021, 11, 9), D(2021, 11, 10), D(2021, 11, 11), D(2021, 11, 12),
            D(2022, 4, 26), D(2022, 4, 27), D(2022, 4, 28),
            D(2022, 8, 5), D(2022, 8, 8), D(2022, 8, 9),
            D(2022, 11, 4), D(2022, 11, 7), D(2022, 11, 8),
            D(2022, 12, 12), D(2022, 12, 13), D(2022, 12, 14),
        ];
        Assert.Equal(expected, days);
        Assert.DoesNotContain(days, d => d == D(2021, 11, 8) || (d >= D(2021, 11, 15) && d <= D(2021, 12, 31)));
    }

    [Fact]
    public void The_december_2022_sales_read_as_the_ceos_own_decision_with_what_was_ruled_out()
    {
        var signal = Assert.Single(sample.Signals, s => s.Id == Signal.MakeId(SignalKind.UnexplainedCSuiteSelling, Tesla, D(2022, 12, 12), Musk));
        Assert.All(signal.EvidenceIds, id => Assert.StartsWith("0000899243-22-038522:", id, StringComparison.Ordinal));
        Assert.StartsWith("Unexplained sale by the CEO: Musk Elon sold $540.2M", signal.Reason, StringComparison.Ordinal);
        Assert.Contains("no 10b5-1 plan reported", signal.Checked, StringComparison.Ordinal);
        Assert.Contains("no option exercise by the seller that day", signal.Checked, StringComparison.Ordinal);
        // Musk bought in 2011, 2012, 2013, 2018, 2019 and 2020, never in one month three years running.
        Assert.Equal(InsiderStatus.Opportunistic, signal.Status);
    }

    [Fact]
    public void The_sample_holds_no_cluster_because_every_company_has_one_filer()
    {
        Assert.Contains(sample.Signals, s => s.Kind == SignalKind.UnexplainedCSuiteSelling); // the sample's signals were computed
        Assert.DoesNotContain(sample.Signals, s => s.Kind is SignalKind.ClusterBuying or SignalKind.ClusterSelling);
        Assert.Empty(sample.Test.Store.SignalsOfKind(SignalKind.ClusterBuying, D(1990, 1, 1), D(2030, 1, 1)));
    }

    [Fact]
    public void Converting_class_b_and_selling_it_is_an_exit_only_when_no_class_b_is_left()
    {
        // YELP 2013-05-21 (0001209191-13-028272): Rabois converts his last 25,665 class B shares and sells them all.
        var yelp = Assert.Single(sample.Signals, s => s.Kind == SignalKind.NearCompleteLiquidation);
        Assert.Equal((D(2013, 5, 21), "YELP"), (yelp.From, yelp.Ticker));
        Assert.Equal(["0001209191-13-028272:N1"], yelp.EvidenceIds);
        // ZNGA 2012-04-03 and LNKD 2011-05-24 (Hoffman) and AUR 2024-11 (Greylock funds) sell converted shares but keep
        // millions of class B: not exits, though the class A balance after each sale is zero.
        Assert.DoesNotContain(sample.Signals, s => s.Kind == SignalKind.NearCompleteLiquidation && s.Ticker is "ZNGA" or "LNKD" or "AUR");
    }

    [Fact]
    public void Bothas_ntra_sale_after_three_quiet_years_is_selling_into_strength_on_the_stores_own_prices()
    {
        var signal = Assert.Single(sample.Signals, s => s.Kind == SignalKind.SellingIntoStrength);
        Assert.Equal(("NTRA", D(2024, 12, 2)), (signal.Ticker, signal.From));
        Assert.Contains("no sale since 2021-05-14", signal.Reason, StringComparison.Ordinal);
        Assert.Contains("the store's own prices", signal.Reason, StringComparison.Ordinal);
        Assert.Contains("priced insider trades on 1 day", signal.Checked, StringComparison.Ordinal);
    }

    [Fact]
    public void Importing_the_sample_reports_every_stored_signal_as_new_and_a_full_recompute_changes_nothing()
    {
        Assert.Equal(sample.Signals.Count, sample.Summary.SignalChanges.GetValueOrDefault(SignalChangeKind.New) -
            sample.Summary.SignalChanges.GetValueOrDefault(SignalChangeKind.Withdrawn));
        var before = SignalLedgerTests.Snapshot(sample.Test.Store);
        Assert.Empty(sample.Test.Store.RecomputeSignals());
        Assert.Equal(before, SignalLedgerTests.Snapshot(sample.Test.Store));
    }

    [Fact]
    public void Ingesting_the_sample_one_filing_at_a_time_newest_first_gives_the_same_signals()
    {
        using var other = new TestStore();
        var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleData, "form4")).Order(StringComparer.Ordinal).Reverse().ToList();
        foreach (var file in files) other.Ingest(file);
        other.Importer.Import([Path.Combine(RepoPaths.SampleData, "form4_sgml")]);
        Assert.Equal(SignalLedgerTests.Snapshot(sample.Test.Store), SignalLedgerTests.Snapshot(other.Store));
    }

    [Fact]
    public void Insiders_are_found_by_any_part_of_their_name_and_close_spellings_are_suggested()
    {
        var store = sample.Test.Store;
        Assert.Equal(Musk, Assert.Single(store.FindInsiders("elon musk")).Cik);
        Assert.Equal(Musk, Assert.Single(store.FindInsiders("MUSK")).FilerCik);
        Assert.Empty(store.FindInsiders("Muks"));
        Assert.Contains(store.SuggestInsiders("Muks"), r => r.Cik == Musk);
        Assert.Contains("TSLA", Assert.Single(store.FindInsiders("musk e")).Tickers);
    }
}
