using System.Text.Json;
using InsiderBot.Chat;
using InsiderBot.Chat.Commands;
using InsiderBot.Discord.Commands;
using InsiderBot.Discord.Tests.Support;
using InsiderBot.Fakes.Discord;
using InsiderBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InsiderBot.Discord.Tests;

public sealed class CommandRegistrarTests : IAsyncLifetime
{
    private readonly TestStore store = new();
    private RestHarness harness = null!;

    public async Task InitializeAsync() => harness = await RestHarness.StartAsync();

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        store.Dispose();
    }

    private CommandRegistrar Registrar(IEnumerable<IChatCommand> commands, string? guild = "290926798626357999") => new(
        new ChatCommandRouter(commands, NullLogger<ChatCommandRouter>.Instance),
        harness.Rest,
        store.Store,
        Options.Create(new DiscordOptions { Token = "test-token", ApplicationId = FakeInteractions.ApplicationId, GuildId = guild }),
        NullLogger<CommandRegistrar>.Instance);

    private IEnumerable<IChatCommand> Commands() =>
        [new InsidersCommand(store.Store, store.Seeder, store.Time), new ExplainCommand(), .. new TestCommands().All()];

    [Theory]
    [InlineData(16)] // Manage Channels
    [InlineData(32)] // Manage Server
    [InlineData(8)] // Administrator
    public async Task Members_the_bot_lets_manage_subscriptions_see_the_commands_that_need_it(long permissions)
    {
        await Registrar(Commands()).RegisterAsync(CancellationToken.None);
        var guard = harness.Discord.Requests[0].Json().EnumerateArray().Single(c => c.GetProperty("name").GetString() == "guard");

        // Discord shows a command to members holding every bit of default_member_permissions (Administrator holds all).
        var required = guard.TryGetProperty("default_member_permissions", out var bits) && bits.ValueKind == JsonValueKind.String ? long.Parse(bits.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : 0;
        Assert.True(permissions == 8 || (permissions & required) == required, $"a member with {permissions} does not see a command that needs {required}");
    }

    [Fact]
    public async Task Registers_once_with_a_guild_bulk_overwrite_and_again_only_when_definitions_change()
    {
        Assert.True(await Registrar(Commands()).RegisterAsync(CancellationToken.None));
        var put = Assert.Single(harness.Discord.Requests);
        Assert.Equal(("PUT", $"/applications/{FakeInteractions.ApplicationId}/guilds/290926798626357999/commands"), (put.Method, put.Path));

        Assert.True(await Registrar(Commands()).RegisterAsync(CancellationToken.None));
        Assert.Single(harness.Discord.Requests);

        Assert.True(await Registrar(Commands().Where(c => c.Name != "echo")).RegisterAsync(CancellationToken.None));
        Assert.Equal(2, harness.Discord.Requests.Count);

        Assert.True(await Registrar(Commands().Where(c => c.Name != "echo"), guild: null).RegisterAsync(CancellationToken.None));
        Assert.Equal($"/applications/{FakeInteractions.ApplicationId}/commands", harness.Discord.Requests[^1].Path);
    }

    [Fact]
    public async Task Options_are_named_after_parameters_with_choices_autocomplete_and_permissions()
    {
        await Registrar(Commands()).RegisterAsync(CancellationToken.None);
        var definitions = harness.Discord.Requests[0].Json().EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);

        var insiders = definitions["insiders"].GetProperty("options").EnumerateArray().ToList();
        Assert.Equal(["ticker", "days", "from", "to", "export"], insiders.Select(o => o.GetProperty("name").GetString()));
        Assert.Equal(["csv", "json"], insiders[4].GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
        Assert.True(insiders[0].GetProperty("autocomplete").GetBoolean());
        Assert.True(insiders[0].GetProperty("required").GetBoolean());
        Assert.Equal(4, insiders[1].GetProperty("type").GetInt32());
        Assert.Equal(3, insiders[2].GetProperty("type").GetInt32()); // dates are strings (YYYY-MM-DD)
        Assert.False(insiders[2].TryGetProperty("required", out var required) && required.GetBoolean());

        var code = definitions["explain"].GetProperty("options")[0];
        Assert.Contains(code.GetProperty("choices").EnumerateArray(), c => c.GetProperty("value").GetString() == "P");
        Assert.False(code.TryGetProperty("autocomplete", out _));

        Assert.False(definitions["insiders"].TryGetProperty("default_member_permissions", out _));
        Assert.All(definitions.Values, d => Assert.InRange(d.GetProperty("description").GetString()!.Length, 1, 100));
        Assert.Equal(JsonValueKind.Array, definitions["slow"].GetProperty("options").ValueKind);
    }

    [Fact]
    public async Task A_refused_registration_is_tried_again_next_start()
    {
        harness.Discord.Inject(r => r.Method == "PUT", new FakeResponse(400, "{\"message\":\"Invalid Form Body\",\"code\":50035}"));
        Assert.False(await Registrar(Commands()).RegisterAsync(CancellationToken.None));
        Assert.True(await Registrar(Commands()).RegisterAsync(CancellationToken.None));
        Assert.Equal(2, harness.Discord.Requests.Count);
    }
}
