using System.Globalization;
using System.Text;
using InsiderBot.Benchmarks.Load;
using InsiderBot.Benchmarks.Suite;
using InsiderBot.Chat;
using InsiderBot.Fakes.Slack;
using InsiderBot.Import;
using InsiderBot.Slack;
using InsiderBot.Slack.Signing;
using InsiderBot.Store;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderBot.Benchmarks.Scenarios;

/// <summary>
/// <c>POST /slack/commands</c> on real Kestrel on loopback under paced slash commands signed with v0 HMAC-SHA256, against
/// a bare Kestrel endpoint answering a constant 200 in the same run.
/// </summary>
public sealed class SlackHttp : IBenchmarkScenario
{
    private const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";

    public string Verb => "slack-http";

    public string Usage => AckLoadPlan.Usage;

    public IReadOnlyList<string> SuiteArguments => AckLoadPlan.SuiteArguments;

    public BenchmarkSection Run(BenchmarkArguments arguments) => RunAsync(arguments).GetAwaiter().GetResult();

    private async Task<BenchmarkSection> RunAsync(BenchmarkArguments arguments)
    {
        var plan = AckLoadPlan.From(arguments, Verb);
        var (rate, seconds, rounds, mix, _) = plan;
        var loadBefore = AckBenchmark.LoadAverage();

        await using var slack = await FakeSlack.StartAsync();
        var (bot, botAddress) = await LoopbackApp.StartAsync(new Dictionary<string, string?>(plan.StoreSettings())
        {
            ["Slack:Mode"] = "http",
            ["Slack:BotToken"] = "xoxb-bench",
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        }, builder => builder.Services.AddInsiderStore().AddImport().AddChatCommands().AddSlack(builder.Configuration), app => app.MapSlackCommands());
        await using var botApp = bot;
        var seeded = bot.Services.GetRequiredService<StoreSeeder>().EnsureSeeded();
        var (floor, floorAddress) = await LoopbackApp.StartFloorAsync("{\"response_type\":\"in_channel\",\"text\":\"ok\"}");
        await using var floorApp = floor;

        var (botRounds, floorRounds) = AckBenchmark.Interleave(
            Target("bot", new Uri(botAddress, SlackEndpoints.CommandsPath), slack, mix),
            Target("floor", new Uri(floorAddress, SlackEndpoints.CommandsPath), slack, mix),
            rate, TimeSpan.FromSeconds(seconds), rounds, (_, body) => body.Length == 0 ? "acknowledged, answer via response_url" : "answered in the acknowledgement");
        var late = slack.Responses.Count;

        var body = string.Create(CultureInfo.InvariantCulture, $"""
            {rate} signed slash commands a second (`v0` HMAC-SHA256 over `v0:timestamp:body`), paced open-loop (each due at its slot
            whether or not earlier ones were answered; latency counted from the slot to the whole answer read), {rounds} rounds of {seconds} s
            per side alternating with the floor, after a discarded 2 s warm-up each. Commands cycle through `{string.Join("`, `", mix.Select(m => "/" + m))}`
            (`/insiders TSLA 1500` reads the store seeded with the {seeded?.FilingsImported ?? 0} bundled sample filings and draws the chart, which is
            uploaded after the answer; uploads and `response_url` posts go to the fake Slack: {late} answers had reached a `response_url` when the
            last round ended, the rest were still waiting for the drawing lane). Bodies are signed before the clock starts; the
            endpoint verifies every signature and remembers every trigger_id. The bot is wired as the host wires it (`AddInsiderStore`,
            `AddImport`, `AddChatCommands`, `AddSlack`, `MapSlackCommands`), one process with the load generator. Load average {loadBefore} before,
            {AckBenchmark.LoadAverage()} after (other work may share the 2 cores).

            {AckBenchmark.Table("`POST /slack/commands` (bot)", botRounds, floorRounds, 1000)}
            """);
        return new BenchmarkSection("Slack HTTP slash commands: acknowledgement latency under 200 commands/s (issue 7)", arguments.Command(Verb), body);
    }

    private static LoadTarget Target(string name, Uri endpoint, FakeSlack slack, string[] mix)
    {
        var signer = new SlackRequestVerifier(SigningSecret, TimeProvider.System);
        return new LoadTarget(name, i =>
        {
            var (command, text) = mix[i % mix.Length] switch
            {
                "insiders" => ("/insiders", "TSLA 1500"),
                "explain" => ("/explain", "P"),
                var other => ("/" + other, ""),
            };
            var form = string.Join('&', new Dictionary<string, string>
            {
                ["token"] = "deprecated", ["team_id"] = "T1", ["team_domain"] = "bench", ["channel_id"] = "C1", ["channel_name"] = "general",
                ["user_id"] = "U1", ["user_name"] = "bench", ["command"] = command, ["text"] = text,
                ["response_url"] = slack.ResponseUrl("r" + i.ToString(CultureInfo.InvariantCulture)).ToString(),
                ["trigger_id"] = $"{name}.{i}", ["api_app_id"] = "A1",
            }.Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));
            var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded") };
            request.Headers.Add(SlackRequestVerifier.TimestampHeader, timestamp);
            request.Headers.Add(SlackRequestVerifier.SignatureHeader, signer.Sign(timestamp, Encoding.UTF8.GetBytes(form)));
            return request;
        }, (response, _) => response.IsSuccessStatusCode);
    }
}
