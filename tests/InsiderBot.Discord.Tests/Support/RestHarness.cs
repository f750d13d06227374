using InsiderBot.Discord.Alerts;
using InsiderBot.Discord.Rest;
using InsiderBot.Fakes.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderBot.Discord.Tests.Support;

/// <summary>The REST client and alert publisher exactly as <see cref="DiscordSetup.AddDiscord"/> wires them, against a fake Discord.</summary>
public sealed class RestHarness : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private RestHarness(FakeDiscord discord, ServiceProvider provider, TestClock clock)
    {
        Discord = discord;
        this.provider = provider;
        Clock = clock;
    }

    public FakeDiscord Discord { get; }

    public TestClock Clock { get; }

    public DiscordRestClient Rest => provider.GetRequiredService<DiscordRestClient>();

    public DiscordRateLimiter Limiter => provider.GetRequiredService<DiscordRateLimiter>();

    public DiscordAlertPublisher Alerts => (DiscordAlertPublisher)provider.GetRequiredService<InsiderBot.Chat.Alerts.IAlertPublisher>();

    public static async Task<RestHarness> StartAsync()
    {
        var clock = new TestClock();
        var discord = await FakeDiscord.StartAsync(clock);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = "test-token",
            ["Discord:ApplicationId"] = FakeInteractions.ApplicationId,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(clock).AddSingleton<IConfiguration>(configuration);
        services.AddDiscord(configuration);
        return new RestHarness(discord, services.BuildServiceProvider(), clock);
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        await Discord.DisposeAsync();
    }
}
