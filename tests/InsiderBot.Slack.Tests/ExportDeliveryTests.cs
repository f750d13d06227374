using System.Net;
using System.Text.RegularExpressions;
using InsiderBot.Chat;
using InsiderBot.Chat.Commands;
using InsiderBot.Import;
using InsiderBot.Store;
using InsiderBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderBot.Slack.Tests;

/// <summary>
/// <c>/insiders … export:csv</c> on Slack: the CSV is shared in the channel with the external upload flow, on a fake Slack
/// that holds uploads to Slack's rules (a declared length the bytes must match, a file id from getUploadURLExternal, once).
/// </summary>
public sealed partial class ExportDeliveryTests : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private async Task<SlackTestHost> StartWithTeslaAsync()
    {
        var host = await SlackTestHost.StartAsync(
            settings: new() { ["Store:Path"] = folder.File("store.db"), ["Store:SeedSampleData"] = "false" },
            services: s => s.AddInsiderStore().AddImport().AddSingleton<IChatCommand, InsidersCommand>());
        var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleData, "form4"), "TSLA_*.xml").Order(StringComparer.Ordinal).ToList();
        Assert.Empty(host.Services.GetRequiredService<FilingImporter>().Import(files).Quarantined);
        return host;
    }

    [Fact]
    public async Task The_csv_of_every_transaction_is_shared_in_the_channel_after_the_answer()
    {
        await using var host = await StartWithTeslaAsync();

        var ack = await host.PostSignedAsync(host.CommandBody("/insiders", "TSLA from:2017-01-01 to:2022-12-31 export:csv", responseId: "export-1"));
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var answer = await host.Slack.NextResponseAsync(TimeSpan.FromMinutes(1));
        await host.Slack.WaitUntilFilesAsync("C1", 2, TimeSpan.FromMinutes(1));

        var shared = host.Slack.SharedFiles("C1");
        var csv = Assert.Single(shared, f => f.FileName.EndsWith(".csv", StringComparison.Ordinal));
        Assert.Equal("TSLA-company-transactions-2017-01-01_2022-12-31.csv", csv.FileName);
        var table = CsvTable.Parse(csv.Text);
        var listed = Count().Match(answer.Message["text"]!.ToString() + "\n" + answer.Message["blocks"]!.ToJsonString());
        Assert.True(listed.Success, "the answer names how many transactions the window holds");
        Assert.Equal(int.Parse(listed.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), table.Rows.Count);
        var ticket = host.Slack.CallsTo("files.getUploadURLExternal").Single(c => c.Argument("filename") == csv.FileName);
        Assert.Equal(csv.Content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), ticket.Argument("length"));
    }

    [Fact]
    public async Task An_export_the_channel_refuses_is_not_lost_silently_the_asker_is_told_privately_how_to_get_it()
    {
        await using var host = await StartWithTeslaAsync();
        host.Slack.FailNext("files.completeUploadExternal", "not_in_channel", times: 2); // the chart's and the export's

        await host.PostSignedAsync(host.CommandBody("/insiders", "TSLA from:2022-04-01 to:2022-04-30 export:csv", responseId: "export-2"));
        await host.Slack.NextResponseAsync(TimeSpan.FromMinutes(1)); // the answer
        var note = await host.Slack.NextResponseAsync(TimeSpan.FromMinutes(1));

        Assert.Equal("ephemeral", note.Message["response_type"]!.ToString());
        Assert.Contains("Could not share TSLA-company-transactions-2022-04-01_2022-04-30.csv in this channel (not_in_channel)", note.Message["text"]!.ToString(), StringComparison.Ordinal);
        Assert.Contains("ask --format csv", note.Message["text"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fake_slack_refuses_uploads_as_slack_does()
    {
        await using var host = await SlackTestHost.StartAsync();
        using var http = new HttpClient();
        async Task<string> Call(string method, params (string, string)[] form) =>
            await (await http.PostAsync(host.Slack.ApiBaseUrl + "/" + method, new FormUrlEncodedContent(form.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))))).Content.ReadAsStringAsync();
        Task<string> Complete(string id) => http.PostAsync(host.Slack.ApiBaseUrl + "/files.completeUploadExternal",
            System.Net.Http.Json.JsonContent.Create(new { files = new[] { new { id } }, channel_id = "C1" })).ContinueWith(t => t.Result.Content.ReadAsStringAsync()).Unwrap();

        Assert.Contains("missing_argument", await Call("files.getUploadURLExternal", ("filename", "a.csv"), ("length", "0")), StringComparison.Ordinal);
        var ticket = System.Text.Json.JsonDocument.Parse(await Call("files.getUploadURLExternal", ("filename", "a.csv"), ("length", "5"))).RootElement;
        var url = ticket.GetProperty("upload_url").GetString()!;
        var id = ticket.GetProperty("file_id").GetString()!;

        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync(url, new ByteArrayContent([1, 2, 3]))).StatusCode); // not the declared 5 bytes
        Assert.Contains("file_not_found", await Complete(id), StringComparison.Ordinal);
        Assert.Contains("file_not_found", await Complete("F999"), StringComparison.Ordinal); // never issued
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync(url, new ByteArrayContent([1, 2, 3, 4, 5]))).StatusCode);
        Assert.Contains("\"ok\":true", await Complete(id), StringComparison.Ordinal);
        Assert.Contains("file_not_found", await Complete(id), StringComparison.Ordinal); // completed once only
        Assert.Equal("a.csv", Assert.Single(host.Slack.SharedFiles("C1")).FileName);
    }

    [GeneratedRegex(@"(\d+) transactions? in \d+ trades?")]
    private static partial Regex Count();
}
