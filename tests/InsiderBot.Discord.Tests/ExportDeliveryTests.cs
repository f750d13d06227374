using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using InsiderBot.Discord.Tests.Support;
using InsiderBot.Fakes.Discord;
using InsiderBot.Import;
using InsiderBot.Testing;

namespace InsiderBot.Discord.Tests;

/// <summary>
/// <c>/insiders … export:csv</c> on Discord: the CSV arrives as a second attachment beside the chart, on a fake Discord that
/// holds uploads to Discord's rules (every <c>files[n]</c> declared in <c>attachments</c> and the other way round, 10 MiB a file).
/// </summary>
public sealed partial class ExportDeliveryTests : IAsyncLifetime
{
    private readonly TestClock clock = new();
    private FakeDiscord discord = null!;
    private BotHost bot = null!;

    public async Task InitializeAsync()
    {
        discord = await FakeDiscord.StartAsync(clock);
        bot = await BotHost.StartAsync(discord, clock);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await discord.DisposeAsync();
    }

    [Fact]
    public async Task The_csv_of_every_transaction_is_uploaded_beside_the_chart_with_the_deferred_answer()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleData, "form4"), "TSLA_*.xml").Order(StringComparer.Ordinal).ToList();
        Assert.Empty(bot.Get<FilingImporter>().Import(files).Quarantined);
        var id = FakeInteractions.NextId();

        var answer = await bot.Sender.SendAsync(FakeInteractions.Command(id, "insiders", new Dictionary<string, object>
        {
            ["ticker"] = "TSLA", ["from"] = "2017-01-01", ["to"] = "2022-12-31", ["export"] = "csv",
        }));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var edit = await discord.WaitForAsync(r => r.Method == "PATCH" && r.Path.Contains(FakeInteractions.TokenOf(id), StringComparison.Ordinal), TimeSpan.FromMinutes(1));

        Assert.True(edit.IsMultipart);
        var attachments = edit.Json().GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("filename").GetString()).ToList();
        Assert.Equal(2, attachments.Count);
        Assert.EndsWith(".png", attachments[0], StringComparison.Ordinal);
        Assert.Equal("TSLA-company-transactions-2017-01-01_2022-12-31.csv", attachments[1]);
        var csv = edit.File(attachments[1]!);
        Assert.NotNull(csv);
        Assert.Equal("files[1]", csv.Name);
        Assert.StartsWith("text/csv", csv.ContentType, StringComparison.Ordinal);
        var table = CsvTable.Parse(csv.Text);
        var listed = edit.Json().GetProperty("embeds").EnumerateArray().Select(e => e.TryGetProperty("title", out var t) ? t.GetString() : null)
            .Select(t => t is null ? null : Count().Match(t)).First(m => m is { Success: true })!;
        Assert.Equal(int.Parse(listed.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), table.Rows.Count);
        Assert.True(table.Rows.Count > 20);
    }

    [Fact]
    public async Task A_bad_export_format_is_refused_at_once_privately_naming_what_works()
    {
        var answer = await bot.Sender.SendAsync(FakeInteractions.Command(FakeInteractions.NextId(), "insiders", new Dictionary<string, object> { ["ticker"] = "TSLA", ["export"] = "xls" }));
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());

        Assert.Equal(4, json.RootElement.GetProperty("type").GetInt32());
        Assert.Equal(64, json.RootElement.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("use export:csv or export:json", json.RootElement.GetProperty("data").GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("files[1]", "a.csv", "[{\"id\":0,\"filename\":\"a.csv\"}]", 10, HttpStatusCode.BadRequest)] // no attachment 1
    [InlineData("files[0]", "b.csv", "[{\"id\":0,\"filename\":\"a.csv\"}]", 10, HttpStatusCode.BadRequest)] // the names differ
    [InlineData("files[0]", "a.csv", "[{\"id\":0,\"filename\":\"a.csv\"},{\"id\":1,\"filename\":\"c.csv\"}]", 10, HttpStatusCode.BadRequest)] // attachment 1 never sent
    [InlineData("files[0]", "a.csv", "[{\"id\":0,\"filename\":\"a.csv\"}]", 10 * 1024 * 1024 + 1, HttpStatusCode.RequestEntityTooLarge)]
    [InlineData("files[0]", "a.csv", "[{\"id\":0,\"filename\":\"a.csv\"}]", 10, HttpStatusCode.OK)]
    public async Task The_fake_discord_refuses_uploads_as_discord_does(string part, string fileName, string attachments, int bytes, HttpStatusCode expected)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent($"{{\"content\":\"x\",\"attachments\":{attachments}}}", Encoding.UTF8, "application/json"), "payload_json");
        var file = new ByteArrayContent(new byte[bytes]);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, part, fileName);
        using var http = new HttpClient();

        var response = await http.PostAsync(discord.ApiBaseUrl + "/channels/123/messages", content);

        Assert.Equal(expected, response.StatusCode);
    }

    [GeneratedRegex(@"^(\d+) transactions? in ")]
    private static partial Regex Count();
}
