using InsiderBot.Fakes.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InsiderBot.Discord.Tests;

public sealed class DiscordOptionsTests
{
    private static string Failure(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddDiscord(configuration);
        using var provider = services.BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);
        return string.Join(" ", ex.Failures);
    }

    [Fact]
    public void Missing_application_id_names_the_key()
    {
        Assert.Contains("Discord:ApplicationId", Failure(new() { ["Discord:Token"] = "t" }));
    }

    [Fact]
    public void Gateway_mode_without_token_names_the_token_key()
    {
        var failure = Failure(new() { ["Discord:PublicKey"] = InteractionSender.PublicKeyHex, ["Discord:ApplicationId"] = "1", ["Discord:Mode"] = "gateway" });
        Assert.Contains("Discord:Token", failure);
    }

    [Fact]
    public void Http_mode_needs_a_valid_public_key_and_a_known_mode()
    {
        Assert.Contains("Discord:PublicKey", Failure(new() { ["Discord:Token"] = "t", ["Discord:ApplicationId"] = "1", ["Discord:Mode"] = "http" }));
        Assert.Contains("Discord:PublicKey", Failure(new() { ["Discord:PublicKey"] = "xyz", ["Discord:ApplicationId"] = "1", ["Discord:Mode"] = "http" }));
        Assert.Contains("Discord:Mode", Failure(new() { ["Discord:Token"] = "t", ["Discord:ApplicationId"] = "1", ["Discord:Mode"] = "webhook" }));
        Assert.Contains("Discord:GuildId", Failure(new() { ["Discord:Token"] = "t", ["Discord:ApplicationId"] = "1", ["Discord:GuildId"] = "my server" }));
    }

    [Fact]
    public void Defaults_point_at_discord_and_nothing_registers_without_configuration()
    {
        var options = new DiscordOptions();
        Assert.Equal("https://discord.com/api/v10", options.ApiBaseUrl);
        Assert.Equal("wss://gateway.discord.gg", options.GatewayUrl);
        Assert.True(options.UsesGateway);

        var services = new ServiceCollection();
        services.AddDiscord(new ConfigurationBuilder().Build());
        Assert.Empty(services);
    }
}
