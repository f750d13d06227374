using System.Text.Json;
using System.Text.RegularExpressions;
using InsiderBot.Testing;

namespace InsiderBot.Tests;

/// <summary><c>ask --format json|csv</c>: the answer's whole window on stdout; <c>export:csv</c> in a typed command saves the file beside the store.</summary>
public sealed partial class AskExportTests(SeededStore seeded) : IClassFixture<SeededStore>, IDisposable
{
    private const string Window = "/insiders TSLA from:2017-01-01 to:2022-12-20";
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private Task<(int ExitCode, string Out, string Error)> Run(params string[] args) =>
        BotRun.RunAsync([.. args, "--store", seeded.Copy(temp)]);

    private async Task<int> ListedCount()
    {
        using var other = new TempDirectory();
        var (exit, text, _) = await BotRun.RunAsync(["ask", Window, "--store", seeded.Copy(other)]);
        Assert.Equal(0, exit);
        Assert.Matches(@"trades 1–\d+ of \d+", text); // the text answer lists only the first page of the trades
        return int.Parse(Count().Match(text).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task FormatCsv_PrintsEveryTransactionOfTheWindow()
    {
        var (exit, output, _) = await Run("ask", "--format", "csv", Window);

        Assert.Equal(0, exit);
        var csv = CsvTable.Parse(output);
        Assert.Equal(await ListedCount(), csv.Rows.Count);
        Assert.All(csv.Values("ticker"), t => Assert.Equal("TSLA", t));
    }

    [Fact]
    public async Task FormatJson_PrintsTheDocumentedSchema_WithEveryTransaction()
    {
        var (exit, output, _) = await Run("ask", "--format=json", Window);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("insiderbot.transactions", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        var count = await ListedCount();
        Assert.Equal(count, json.RootElement.GetProperty("transactions").GetArrayLength());
        Assert.Equal(count, json.RootElement.GetProperty("summary").GetProperty("transactions").GetInt32());
    }

    [Theory]
    [InlineData("--format xls", "/insiders TSLA", "--format must be text, json or csv, not 'xls'")]
    [InlineData("--format json", "/explain P", "--format json works with /insider and /insiders; /explain answers as text")]
    [InlineData("", "/insiders TSLA export:xls", "'xls' is not an export format: use export:csv or export:json")]
    public async Task BadFormats_AreRefusedInOneLine_NamingWhatWorks(string format, string command, string expected)
    {
        var (exit, output, _) = await Run(["ask", .. format.Split(' ', StringSplitOptions.RemoveEmptyEntries), command]);

        Assert.Equal(1, exit);
        Assert.StartsWith(expected, output, StringComparison.Ordinal);
        Assert.Single(output.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task ExportInATypedCommand_SavesTheFileBesideTheStore()
    {
        var (exit, output, _) = await Run("ask", Window + " export:csv");

        Assert.Equal(0, exit);
        var saved = Regex.Match(output, "Export saved to (.+)$", RegexOptions.Multiline).Groups[1].Value.Trim();
        Assert.Equal(Path.Combine(temp.Path, "exports", "TSLA-company-transactions-2017-01-01_2022-12-20.csv"), saved);
        Assert.Equal(int.Parse(Count().Match(output).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), CsvTable.Parse(File.ReadAllText(saved)).Rows.Count);
    }

    [GeneratedRegex(@"(\d+) transactions? in \d+ trades?")]
    private static partial Regex Count();
}
