using System.Text;
using InsiderBot.Chat;
using InsiderBot.Chat.Commands;
using InsiderBot.Fakes.Slack;
using InsiderBot.Slack.Signing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace InsiderBot.Slack.Tests;

/// <summary>The Slack adapter as the bot wires it (AddSlack + MapSlackCommands) on real Kestrel, talking to a <see cref="FakeSlack"/>.</summary>
public sealed class SlackTestHost : IAsyncDisposable
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string BotToken = "xoxb-test-bot";
    public const string AppToken = "xapp-test-app";
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private SlackTestHost(WebApplication app, FakeSlack slack, FakeTimeProvider time, TestCommands commands)
    {
        App = app;
        Slack = slack;
        Time = time;
        Commands = commands;
        Http = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = Wait };
    }

    public WebApplication App { get; }

    public FakeSlack Slack { get; }

    public FakeTimeProvider Time { get; }

    public TestCommands Commands { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => App.Services;

    /// <param name="services">More of the bot (the store, real commands) for a test that answers from real data.</param>
    /// <param name="extra">Real commands to serve besides the test commands (the paging tests' <c>/insiders</c> on a seeded store).</param>
    public static async Task<SlackTestHost> StartAsync(
        string mode = "http", Dictionary<string, string?>? settings = null, Action<FakeSlack>? arrange = null, Action<IServiceCollection>? services = null, IEnumerable<IChatCommand>? extra = null)
    {
        var slack = await FakeSlack.StartAsync();
        arrange?.Invoke(slack);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var commands = new TestCommands();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = BotToken,
            ["Slack:AppToken"] = AppToken,
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:Mode"] = mode,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<TimeProvider>(time);
        foreach (var command in commands.All().Concat(extra ?? [])) builder.Services.AddSingleton(command);
        builder.Services.AddSingleton<IChatCommand, HelpCommand>();
        builder.Services.AddSingleton<ChatCommandRouter>();
        services?.Invoke(builder.Services);
        builder.Services.AddSlack(builder.Configuration);
        var app = builder.Build();
        app.MapSlackCommands();
        try
        {
            await app.StartAsync();
        }
        catch (OperationCanceledException) when (app.Lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // As the bot does: a credential refused before the web server bound stops the start; the tests read why.
        }

        return new SlackTestHost(app, slack, time, commands);
    }

    /// <summary>A slash command form body as Slack sends it.</summary>
    public string CommandBody(string command, string text, string user = "U1", string trigger = "trigger-1", string responseId = "r1") =>
        string.Join('&', new Dictionary<string, string>
        {
            ["token"] = "deprecated", ["team_id"] = "T1", ["team_domain"] = "fake", ["channel_id"] = "C1", ["channel_name"] = "general",
            ["user_id"] = user, ["user_name"] = "tester", ["command"] = command, ["text"] = text,
            ["response_url"] = Slack.ResponseUrl(responseId).ToString(), ["trigger_id"] = trigger, ["api_app_id"] = "A1",
        }.Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));

    /// <summary>POSTs a body signed with the signing secret at the fake clock's time (or as told).</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string body, long? timestamp = null, string? signature = null, int? retryNum = null, string path = SlackEndpoints.CommandsPath)
    {
        var ts = (timestamp ?? Time.GetUtcNow().ToUnixTimeSeconds()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add(SlackRequestVerifier.TimestampHeader, ts);
        request.Headers.Add(SlackRequestVerifier.SignatureHeader, signature ?? new SlackRequestVerifier(SigningSecret, Time).Sign(ts, Encoding.UTF8.GetBytes(body)));
        if (retryNum is { } n) request.Headers.Add("X-Slack-Retry-Num", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Commands.SlowGate.TrySetResult();
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
