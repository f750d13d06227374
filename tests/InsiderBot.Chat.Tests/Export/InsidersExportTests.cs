using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using InsiderBot.Chat.Commands;
using InsiderBot.Chat.Formatting;
using InsiderBot.Chat.Replies;
using InsiderBot.Testing;

namespace InsiderBot.Chat.Tests.Export;

/// <summary>
/// <c>/insiders TICKER … export:csv|json</c> on the bundled Tesla filings: the file holds every transaction of the window,
/// not only the rows the answer lists, and its totals are the answer's own.
/// </summary>
public sealed partial class InsidersExportTests : IDisposable
{
    private const long Tesla = 1318605;
    private static readonly DateOnly Today = TeslaInsiders.Today;
    private readonly TeslaInsiders tesla = new();

    private TestStore store => tesla.Store;

    public void Dispose() => tesla.Dispose();

    private Task<ChatReply> Ask(params string[] args) => tesla.AskAsync(args);

    [Fact]
    public async Task Csv_HoldsEveryTransactionOfTheWindow_WithTheAnswersOwnCountAndTotals()
    {
        var reply = await Ask("TSLA", "from:2017-01-01", "to:2022-12-31", "export:csv");

        var listed = reply.Sections.OfType<ItemsSection>().Single(s => s.Title.Contains("transaction", StringComparison.Ordinal));
        Assert.True(listed.Omitted > 0, "the window must hold more trades than the answer lists");
        var count = int.Parse(Count().Match(listed.Title).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.NotNull(reply.Export);
        Assert.Equal("text/csv", reply.Export.ContentType);
        var csv = CsvTable.Parse(Encoding.UTF8.GetString(reply.Export.Content));

        Assert.Equal(count, csv.Rows.Count);
        var stored = store.Store.TradesForIssuer(Tesla, new DateOnly(2017, 1, 1), new DateOnly(2022, 12, 31));
        Assert.Equal(stored.Select(t => t.Id).Order(StringComparer.Ordinal), csv.Values("transaction_id").Order(StringComparer.Ordinal));
        var clean = Enumerable.Range(0, csv.Rows.Count).Where(i => csv.Cell(i, "flags").Length == 0).ToList();
        decimal Total(params string[] natures) => clean.Where(i => natures.Contains(csv.Cell(i, "nature")))
            .Sum(i => csv.Cell(i, "value").Length == 0 ? 0 : decimal.Parse(csv.Cell(i, "value"), CultureInfo.InvariantCulture));
        Assert.StartsWith(Amounts.Money(Total("open-market-purchase", "planned-purchase")) + " by ", Field(reply, "Open-market buying"), StringComparison.Ordinal);
        Assert.StartsWith(Amounts.Money(Total("discretionary-sale", "planned-sale", "exercise-sale", "tax-sale")) + " by ", Field(reply, "Selling"), StringComparison.Ordinal);
        Assert.StartsWith(Amounts.Money(Total("discretionary-sale")) + " by ", Field(reply, "Discretionary selling"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_HoldsEveryTransactionOfTheWindow_AndItsSummaryAddsUpFromItsRows()
    {
        var reply = await Ask("TSLA", "from:2017-01-01", "to:2022-12-31", "export:json");

        var listed = reply.Sections.OfType<ItemsSection>().Single(s => s.Title.Contains("transaction", StringComparison.Ordinal));
        var count = int.Parse(Count().Match(listed.Title).Groups[1].Value, CultureInfo.InvariantCulture);
        using var json = JsonDocument.Parse(reply.Export!.Content);
        var root = json.RootElement;
        var rows = root.GetProperty("transactions").EnumerateArray().ToList();
        var summary = root.GetProperty("summary");

        Assert.Equal(count, rows.Count);
        Assert.Equal(count, summary.GetProperty("transactions").GetInt32());
        var clean = rows.Where(r => r.GetProperty("flags").GetArrayLength() == 0).ToList();
        decimal Total(params string[] natures) => clean.Where(r => natures.Contains(r.GetProperty("nature").GetString()))
            .Sum(r => r.GetProperty("value").ValueKind == JsonValueKind.Null ? 0 : r.GetProperty("value").GetDecimal());
        Assert.Equal(Total("open-market-purchase", "planned-purchase"), summary.GetProperty("purchase_value").GetDecimal());
        Assert.Equal(Total("discretionary-sale", "planned-sale", "exercise-sale", "tax-sale"), summary.GetProperty("sale_value").GetDecimal());
        Assert.Equal(Total("discretionary-sale"), summary.GetProperty("discretionary_sale_value").GetDecimal());
        Assert.StartsWith(Amounts.Money(summary.GetProperty("sale_value").GetDecimal()) + " by ", Field(reply, "Selling"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_OfAFixedWindow_MatchesTheGoldenFile()
    {
        // Musk's exercise of 2012 options under a 10b5-1 plan: derivative and common-stock rows, planned sales, split-adjusted prices.
        var reply = await Ask("TSLA", "from:2021-12-28", "to:2021-12-28", "export:json");
        var actual = Encoding.UTF8.GetString(reply.Export!.Content);
        var golden = RepoPaths.Fixture("export", "insiders-TSLA-2021-12-28.json");
        var written = Path.Combine(AppContext.BaseDirectory, Path.GetFileName(golden) + ".actual");
        File.WriteAllText(written, actual);

        Assert.True(File.Exists(golden), $"No golden file; the actual export is in {written}");
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Export_OfASplitWindow_GivesReportedAndSplitAdjustedPrices()
    {
        var reply = await Ask("TSLA", "from:2017-01-01", "to:2022-12-31", "export:csv");
        var csv = CsvTable.Parse(Encoding.UTF8.GetString(reply.Export!.Content));
        var rows = Enumerable.Range(0, csv.Rows.Count).ToList();

        var beforeSplits = rows.Where(i => string.CompareOrdinal(csv.Cell(i, "date"), "2020-08-31") < 0 && csv.Cell(i, "price").Length > 0).ToList();
        Assert.NotEmpty(beforeSplits);
        Assert.All(beforeSplits, i => Assert.Equal(
            Math.Round(decimal.Parse(csv.Cell(i, "price"), CultureInfo.InvariantCulture) / 15, 4),
            decimal.Parse(csv.Cell(i, "price_split_adjusted"), CultureInfo.InvariantCulture)));
        var afterSplits = rows.Where(i => string.CompareOrdinal(csv.Cell(i, "date"), "2022-08-25") >= 0).ToList();
        Assert.NotEmpty(afterSplits);
        Assert.All(afterSplits, i => Assert.Equal("", csv.Cell(i, "price_split_adjusted")));
    }

    [Fact]
    public async Task Export_LinksASameDayExerciseAndItsSale_AndMarksTaxWithholding()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleData, "form4"), "AAPL_*.xml").Order(StringComparer.Ordinal)) store.Ingest(file);
        var reply = await new InsidersCommand(store.Store, store.Seeder, store.Time, drawChart: false)
            .ExecuteAsync(new CommandInput(["AAPL", "from:2019-01-01", "to:2019-12-31", "export:csv"], ChatOrigin.Console), CancellationToken.None);
        var csv = CsvTable.Parse(Encoding.UTF8.GetString(reply.Export!.Content));
        var rows = Enumerable.Range(0, csv.Rows.Count).ToList();
        var ids = csv.Values("transaction_id").ToList();

        var exerciseSales = rows.Where(i => csv.Cell(i, "nature") == "exercise-sale").ToList();
        Assert.NotEmpty(exerciseSales);
        Assert.All(exerciseSales, i =>
        {
            Assert.Equal("exercise", csv.Cell(i, "exercise_tax_link"));
            var linked = csv.Cell(i, "linked_transaction_ids").Split("; ");
            Assert.All(linked, id => Assert.Contains(csv.Cell(ids.IndexOf(id), "code"), new[] { "M", "X", "O" }));
            Assert.All(linked, id => Assert.Equal(csv.Cell(i, "date"), csv.Cell(ids.IndexOf(id), "date")));
        });
        var withheld = rows.Where(i => csv.Cell(i, "code") == "F").ToList();
        Assert.NotEmpty(withheld);
        Assert.All(withheld, i => Assert.Equal("tax", csv.Cell(i, "exercise_tax_link")));
    }

    [Theory]
    [InlineData("export:xls")]
    [InlineData("export:")]
    public async Task AnUnknownExportFormat_IsRefusedInOneLine_NamingWhatWorks(string option)
    {
        var reply = await Ask("TSLA", "from:2022-04-01", option);
        var text = PlainTextRenderer.Render(reply).TrimEnd();

        Assert.True(reply.IsError);
        Assert.True(reply.Ephemeral);
        Assert.Single(text.Split('\n'));
        Assert.Contains("use export:csv or export:json, e.g. /insiders TSLA export:csv", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiscordsExportOption_AtItsPosition_GivesTheSameFile()
    {
        var typed = await Ask("TSLA", "from:2022-04-01", "to:2022-04-30", "export:csv");
        var options = await Ask("TSLA", "", "2022-04-01", "2022-04-30", "export:csv");

        Assert.Equal(typed.Export!.Content, options.Export!.Content);
        Assert.Null((await Ask("TSLA", "from:2022-04-01", "to:2022-04-30")).Export);
    }

    [Fact]
    public async Task AQuietWindow_ExportsAHeaderAndNoRows()
    {
        var reply = await Ask("TSLA", "from:2024-01-01", "to:2024-01-31", "export:csv");

        Assert.False(reply.IsError);
        var csv = CsvTable.Parse(Encoding.UTF8.GetString(reply.Export!.Content));
        Assert.Empty(csv.Rows);
        Assert.Equal("date", csv.Header[0]);
    }

    private static string Field(ChatReply reply, string name) =>
        reply.Sections.OfType<FieldsSection>().SelectMany(s => s.Fields).Single(f => f.Name == name).Value;

    [GeneratedRegex(@"^(\d+) transactions? in ")]
    private static partial Regex Count();
}
