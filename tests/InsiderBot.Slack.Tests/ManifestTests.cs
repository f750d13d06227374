using System.Text.Json.Nodes;
using InsiderBot.Chat;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store.Superinvestors;
using InsiderBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Slack.Tests;

public sealed class ManifestTests
{
    private static readonly JsonObject Manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "config", "slack-app-manifest.json")))!.AsObject();

    [Fact]
    public void The_manifest_declares_every_registered_command()
    {
        using var store = new TestStore();
        var services = new ServiceCollection().AddLogging(l => l.ClearProviders())
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton(store.Database).AddSingleton(store.Store).AddSingleton(store.Seeder).AddSingleton<TimeProvider>(store.Time)
            .AddSuperinvestors().AddChatCommands().BuildServiceProvider();
        var registered = services.GetRequiredService<ChatCommandRouter>().Commands.Select(c => "/" + c.Name).ToList();
        var declared = Manifest["features"]!["slash_commands"]!.AsArray().Select(c => c!["command"]!.ToString()).ToHashSet();

        Assert.NotEmpty(registered);
        Assert.All(registered, name => Assert.Contains(name, declared));
        Assert.All(["/insiders", "/explain", "/clusters", "/ratio", "/insider", "/subscribe", "/unsubscribe", "/subscriptions", "/help", "/superinvestors"], name => Assert.Contains(name, declared));
    }

    [Fact]
    public void The_manifest_asks_for_the_scopes_the_adapter_uses_and_turns_socket_mode_on()
    {
        var scopes = Manifest["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => s!.ToString()).ToList();
        Assert.All(["commands", "chat:write", "files:write", "users:read", "channels:history", "groups:history"], scope => Assert.Contains(scope, scopes));
        Assert.True(Manifest["settings"]!["socket_mode_enabled"]!.GetValue<bool>());
    }
}
