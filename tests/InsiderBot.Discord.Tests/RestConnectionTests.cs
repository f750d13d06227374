using InsiderBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace InsiderBot.Discord.Tests;

public sealed class RestConnectionTests
{
    [Fact]
    public void The_rest_client_held_by_singletons_rotates_its_connections()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = "t", ["Discord:ApplicationId"] = "1", ["Discord:Mode"] = "gateway",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddDiscord(configuration);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>().Get(nameof(DiscordRestClient));
        var builder = provider.GetRequiredService<HttpMessageHandlerBuilder>();
        foreach (var configure in options.HttpMessageHandlerBuilderActions) configure(builder);

        var handler = Assert.IsType<SocketsHttpHandler>(builder.PrimaryHandler);
        Assert.True(handler.PooledConnectionLifetime <= TimeSpan.FromMinutes(10), $"connections live {handler.PooledConnectionLifetime}");
    }
}
