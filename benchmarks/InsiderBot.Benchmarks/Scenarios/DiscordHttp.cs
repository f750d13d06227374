using System.Globalization;
using System.Text;
using InsiderBot.Benchmarks.Load;
using InsiderBot.Benchmarks.Suite;
using InsiderBot.Chat;
using InsiderBot.Discord;
using InsiderBot.Discord.Interactions;
using InsiderBot.Fakes.Discord;
using InsiderBot.Import;
using InsiderBot.Store;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderBot.Benchmarks.Scenarios;

/// <summary>
/// Discord's HTTP interactions endpoint on real Kestrel on loopback under paced signed slash commands (Ed25519, the
/// RFC 8032 test key), against a bare Kestrel endpoint answering a constant 200 in the same run.
/// </summary>
public sealed class DiscordHttp : IBenchmarkScenario
{
    public string Verb => "discord-http";

    public string Usage => AckLoadPlan.Usage;

    public IReadOnlyList<string> SuiteArguments => AckLoadPlan.SuiteArguments;

    public BenchmarkSection Run(BenchmarkArguments arguments) => RunAsync(arguments).GetAwaiter().GetResult();

    private async Task<BenchmarkSection> RunAsync(BenchmarkArguments arguments)
    {
        var plan = AckLoadPlan.From(arguments, Verb);
        var (rate, seconds, rounds, mix, _) = plan;
        var loadBefore = AckBenchmark.LoadAverage();

        await using var discord = await FakeDiscord.StartAsync();
        var (bot, botAddress) = await LoopbackApp.StartAsync(new Dictionary<string, string?>(plan.StoreSettings())
        {
            ["Discord:Mode"] = "http",
            ["Discord:Token"] = "bench-token",
            ["Discord:ApplicationId"] = FakeInteractions.ApplicationId,
            ["Discord:PublicKey"] = InteractionSender.PublicKeyHex,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
        }, builder => builder.Services.AddInsiderStore().AddImport().AddChatCommands().AddDiscord(builder.Configuration), app => app.MapDiscordInteractions());
        await using var botApp = bot;
        var seeded = bot.Services.GetRequiredService<StoreSeeder>().EnsureSeeded();
        var (floor, floorAddress) = await LoopbackApp.StartFloorAsync("{\"type\":4,\"data\":{\"content\":\"ok\"}}");
        await using var floorApp = floor;

        var (botRounds, floorRounds) = AckBenchmark.Interleave(
            Target("bot", new Uri(botAddress, InteractionEndpoint.Path), mix),
            Target("floor", new Uri(floorAddress, InteractionEndpoint.Path), mix),
            rate, TimeSpan.FromSeconds(seconds), rounds, (_, body) => body.StartsWith("{\"type\":5", StringComparison.Ordinal) ? "deferred (type 5)" : "inline (type 4)");
        var deferredEdits = discord.RequestsTo("PATCH", "/messages/@original").Count;

        var body = string.Create(CultureInfo.InvariantCulture, $"""
            {rate} signed slash commands a second, paced open-loop (each due at its slot whether or not earlier ones were answered;
            latency counted from the slot to the whole answer read), {rounds} rounds of {seconds} s per side alternating with the floor,
            after a discarded 2 s warm-up each. Commands cycle through `{string.Join("`, `", mix.Select(m => "/" + m))}` (`/insiders ticker:TSLA days:1500` reads the
            store seeded with the {seeded?.FilingsImported ?? 0} bundled sample filings and draws the activity chart, so over HTTP it is deferred and the
            PNG goes with the edit of `@original`, here to the fake Discord: {deferredEdits} edits had arrived when the last round ended, the rest were still waiting for the drawing lane). Bodies are signed before the clock starts;
            the endpoint verifies every signature. The bot is wired as the host wires it (`AddInsiderStore`, `AddImport`, `AddChatCommands`, `AddDiscord`,
            `MapDiscordInteractions`), one process with the load generator. Load average {loadBefore} before, {AckBenchmark.LoadAverage()} after
            (other work may share the 2 cores).

            {AckBenchmark.Table("`POST /discord/interactions` (bot)", botRounds, floorRounds, 1000)}
            """);
        return new BenchmarkSection("Discord HTTP interactions: acknowledgement latency under 200 commands/s (issue 6)", arguments.Command(Verb), body);
    }

    private static LoadTarget Target(string name, Uri endpoint, string[] mix) => new(name, i =>
    {
        var id = (1_400_000_000_000_000_000L + i).ToString(CultureInfo.InvariantCulture);
        var json = mix[i % mix.Length] switch
        {
            "insiders" => FakeInteractions.Command(id, "insiders", new Dictionary<string, object> { ["ticker"] = "TSLA", ["days"] = 1500 }),
            "explain" => FakeInteractions.Command(id, "explain", new Dictionary<string, object> { ["code"] = "P" }),
            var other => FakeInteractions.Command(id, other),
        };
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", InteractionSender.Sign(timestamp, json));
        return request;
    }, (response, body) => response.IsSuccessStatusCode && body.StartsWith("{\"type\":", StringComparison.Ordinal));
}
