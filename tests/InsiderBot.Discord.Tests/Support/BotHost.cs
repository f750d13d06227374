using InsiderBot.Chat;
using InsiderBot.Discord.Interactions;
using InsiderBot.Fakes.Discord;
using InsiderBot.Import;
using InsiderBot.Store;
using InsiderBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Discord.Tests.Support;

/// <summary>The bot's Discord side as the host wires it: real Kestrel on loopback, real LiteDB, the fake clock, talking to a <see cref="FakeDiscord"/>.</summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly TempDirectory folder;

    private BotHost(WebApplication app, TempDirectory folder, TestCommands commands)
    {
        App = app;
        this.folder = folder;
        Commands = commands;
    }

    public WebApplication App { get; }

    public TestCommands Commands { get; }

    public InteractionSender Sender { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    public T Get<T>() where T : notnull => App.Services.GetRequiredService<T>();

    public static async Task<BotHost> StartAsync(FakeDiscord discord, TimeProvider clock, string mode = "http", IDictionary<string, string?>? settings = null)
    {
        var folder = new TempDirectory();
        var commands = new TestCommands();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.Sources.Clear();
        var config = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0", // the configuration is replaced, so the listen address lives in it
            ["Store:Path"] = folder.File("store.db"),
            ["Store:SeedSampleData"] = "false",
            ["Discord:Token"] = "test-token",
            ["Discord:ApplicationId"] = FakeInteractions.ApplicationId,
            ["Discord:PublicKey"] = InteractionSender.PublicKeyHex,
            ["Discord:Mode"] = mode,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
            ["Discord:GatewayUrl"] = discord.GatewayUrl,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) config[key] = value;
        builder.Configuration.AddInMemoryCollection(config);
        builder.Services.AddSingleton(clock);
        builder.Services.AddInsiderStore().AddImport().AddChatCommands();
        foreach (var command in commands.All()) builder.Services.AddSingleton(command);
        builder.Services.AddDiscord(builder.Configuration);
        var app = builder.Build();
        app.MapDiscordInteractions();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var host = new BotHost(app, folder, commands);
        host.Sender = new InteractionSender(host.Http, new Uri(address + InteractionEndpoint.Path));
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        Commands.Release.TrySetResult();
        await App.StopAsync();
        await App.DisposeAsync();
        Http.Dispose();
        folder.Dispose();
    }
}
