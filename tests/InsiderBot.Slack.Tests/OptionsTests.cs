using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InsiderBot.Slack.Tests;

public sealed class OptionsTests
{
    private static IServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddSlack(configuration);
        return services.BuildServiceProvider();
    }

    private static string Failure(Dictionary<string, string?> settings) =>
        string.Join(" ", Assert.Throws<OptionsValidationException>(() => Build(settings).GetRequiredService<IOptions<SlackOptions>>().Value).Failures);

    [Fact]
    public void Without_a_bot_token_nothing_is_registered()
    {
        var services = Build(new() { ["Slack:AppToken"] = "xapp-1" });
        Assert.Null(services.GetService<SlackHealth>());
        Assert.Empty(services.GetServices<Chat.Alerts.IAlertPublisher>());

        var registered = Build(new() { ["Slack:AppToken"] = "xapp-1", ["Slack:BotToken"] = "xoxb-1" }).GetRequiredService<IServiceProviderIsService>();
        Assert.True(registered.IsService(typeof(SlackHealth)));
        Assert.True(registered.IsService(typeof(Chat.Alerts.IAlertPublisher)));
    }

    [Theory]
    [InlineData("xoxb-1")]
    [InlineData("xoxp-1")]
    public void Socket_mode_with_a_token_that_is_not_an_app_token_is_refused_at_start(string token)
    {
        var failure = Failure(new() { ["Slack:BotToken"] = "xoxb-1", ["Slack:AppToken"] = token });
        Assert.Contains("Slack:AppToken", failure, StringComparison.Ordinal);
        Assert.Contains("xapp-", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(token, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Socket_mode_without_an_app_token_names_the_key() =>
        Assert.Contains("Slack:AppToken", Failure(new() { ["Slack:BotToken"] = "xoxb-1" }), StringComparison.Ordinal);

    [Fact]
    public void Http_mode_without_a_signing_secret_names_the_key() =>
        Assert.Contains("Slack:SigningSecret", Failure(new() { ["Slack:BotToken"] = "xoxb-1", ["Slack:Mode"] = "http" }), StringComparison.Ordinal);

    [Fact]
    public void An_unknown_mode_names_the_key() =>
        Assert.Contains("Slack:Mode", Failure(new() { ["Slack:BotToken"] = "xoxb-1", ["Slack:AppToken"] = "xapp-1", ["Slack:Mode"] = "webhook" }), StringComparison.Ordinal);

    [Fact]
    public void A_bad_api_base_url_names_the_key() =>
        Assert.Contains("Slack:ApiBaseUrl", Failure(new() { ["Slack:BotToken"] = "xoxb-1", ["Slack:AppToken"] = "xapp-1", ["Slack:ApiBaseUrl"] = "slack.com" }), StringComparison.Ordinal);

    [Fact]
    public void A_complete_socket_configuration_validates_with_defaults()
    {
        var options = Build(new() { ["Slack:BotToken"] = "xoxb-1", ["Slack:AppToken"] = "xapp-1", ["Slack:AdminUserIds:0"] = "U1" })
            .GetRequiredService<IOptions<SlackOptions>>().Value;
        Assert.Equal("https://slack.com/api", options.ApiBaseUrl);
        Assert.False(options.IsHttpMode);
        Assert.Equal(["U1"], options.AdminUserIds);
    }

    [Fact]
    public void The_validation_message_never_echoes_a_token()
    {
        var failure = Failure(new() { ["Slack:BotToken"] = "xoxb-secret-value", ["Slack:Mode"] = "http" });
        Assert.Contains("Slack:SigningSecret", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-secret-value", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_signing_secret_no_http_endpoint_handler_is_registered()
    {
        var services = Build(new() { ["Slack:BotToken"] = "xoxb-1", ["Slack:AppToken"] = "xapp-1" });
        var withSecret = Build(new() { ["Slack:BotToken"] = "xoxb-1", ["Slack:AppToken"] = "xapp-1", ["Slack:SigningSecret"] = "s" });

        Assert.Null(services.GetService<Commands.SlackHttpCommands>());
        Assert.True(withSecret.GetRequiredService<IServiceProviderIsService>().IsService(typeof(Commands.SlackHttpCommands)));
    }
}
