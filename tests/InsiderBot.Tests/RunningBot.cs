using InsiderBot.Cli;
using InsiderBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InsiderBot.Tests;

/// <summary>The real bot in server mode (Program.RunAsync, real Kestrel on a loopback port it binds itself), handed back once it has started.</summary>
internal sealed class RunningBot : IAsyncDisposable
{
    private readonly Task<int> run;

    private RunningBot(Task<int> run, IServiceProvider services, string url)
    {
        this.run = run;
        Services = services;
        Url = url;
    }

    public IServiceProvider Services { get; }

    public string Url { get; }

    public static async Task<RunningBot> StartAsync(TempDirectory temp, params string[] settings)
    {
        var started = new TaskCompletionSource<IServiceProvider>(TaskCreationOptions.RunContinuationsAsynchronously);
        string[] args = ["--store", temp.File("bot.db"), "--Store:SeedSampleData=false", "--Web:Enabled=true", $"--Web:Urls={ListeningAddress.AnyPort}", .. settings];
        var run = Program.RunAsync(args, new BotConsole(new StringReader(""), new StringWriter(), new StringWriter()),
            services => services.AddHostedService(sp => new StartedSignal(sp, started)));
        var first = await Task.WhenAny(started.Task, run).WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(first == started.Task, $"the bot ended before it started (exit {(run.IsCompletedSuccessfully ? run.Result : -1)})");
        var services = await started.Task;
        return new RunningBot(run, services, ListeningAddress.Of(services));
    }

    public async ValueTask DisposeAsync()
    {
        Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        await run.WaitAsync(TimeSpan.FromMinutes(1));
    }

    private sealed class StartedSignal(IServiceProvider services, TaskCompletionSource<IServiceProvider> started) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() => started.TrySetResult(services));
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
