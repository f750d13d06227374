using InsiderBot.Cli;
using InsiderBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InsiderBot.Tests;

public sealed class HealthEndpointTests(SeededStore seeded) : IClassFixture<SeededStore>, IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task RunningBot_AnswersHealthAndReadinessOnRealKestrel_AndTheHealthcheckVerbAgrees()
    {
        var input = new ScriptedInput();
        var output = new WatchedWriter();
        var bound = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var bot = Program.RunAsync(["--store", seeded.Copy(temp), "--Web:Enabled=true", $"--Web:Urls={ListeningAddress.AnyPort}"], new BotConsole(input, output, new StringWriter()),
            services => services.AddHostedService(sp => new OnStarted(sp, () => bound.TrySetResult(ListeningAddress.Of(sp)))));
        try
        {
            await output.WaitForAsync("Type /quit to leave.");
            var url = await bound.Task.WaitAsync(TimeSpan.FromMinutes(1));
            var port = new Uri(url).Port;
            using var http = new HttpClient();

            var health = await http.GetAsync($"{url}/healthz");
            var ready = await http.GetAsync($"{url}/readyz");
            var verb = new StringWriter();
            var verbExit = await Program.RunAsync(["healthcheck", $"--Web:Urls=http://+:{port}", "--store", temp.File("other.db")], new BotConsole(new StringReader(""), verb, new StringWriter()));

            Assert.Equal(("ok", 200), (await health.Content.ReadAsStringAsync(), (int)health.StatusCode));
            Assert.Equal(("ready", 200), (await ready.Content.ReadAsStringAsync(), (int)ready.StatusCode));
            Assert.Equal(0, verbExit);
            Assert.Contains($"http://127.0.0.1:{port}/healthz: 200", verb.ToString());
        }
        finally
        {
            input.Type("/quit");
            Assert.Equal(0, await bot.WaitAsync(TimeSpan.FromMinutes(1)));
        }
    }

    [Fact]
    public async Task HealthcheckVerb_NoBotListening_ExitsOne()
    {
        using var nowhere = new ClosedPort();

        var (exit, output, _) = await BotRun.RunAsync(["healthcheck", $"--Web:Urls=http://{nowhere.HostAndPort}", "--store", temp.File("h.db")]);

        Assert.Equal(1, exit);
        Assert.StartsWith($"http://{nowhere.HostAndPort}/healthz:", output);
    }

    [Theory]
    [InlineData("http://+:8080", "http://127.0.0.1:8080")]
    [InlineData("http://0.0.0.0:9000;https://0.0.0.0:9443", "http://127.0.0.1:9000")]
    [InlineData("http://127.0.0.1:8080/", "http://127.0.0.1:8080")]
    public void LocalUrl_TurnsWildcardsIntoLoopback(string urls, string expected) =>
        Assert.Equal(expected, HealthCheckVerb.LocalUrl(urls));

    /// <summary>Runs an action once the host has started (Kestrel listening).</summary>
    private sealed class OnStarted(IServiceProvider services, Action action) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(action);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
