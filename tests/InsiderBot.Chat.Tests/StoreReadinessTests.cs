using InsiderBot.Chat.Replies;
using InsiderBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace InsiderBot.Chat.Tests;

/// <summary>The router makes the store ready for a command that declares what it needs, before the command runs.</summary>
public sealed class StoreReadinessTests
{
    private static readonly ChatOrigin Origin = new("discord", "g", "c", "u", CanManage: false);

    private sealed class Reader(TestStore t, bool needsStore) : IChatCommand
    {
        public string Name => "reader";

        public string Description => "Reads the store";

        public IReadOnlyList<CommandParameter> Parameters => [];

        public StoreReadiness? Readiness => needsStore ? new StoreReadiness(t.Seeder, t.Store, signals: true) : null;

        public Task<ChatReply> ExecuteAsync(CommandInput input, CancellationToken cancellationToken) =>
            Task.FromResult(ChatReply.Text("reader", $"settled={t.Seeder.IsSettled} empty={t.Store.IsEmpty}"));
    }

    [Fact]
    public async Task A_command_that_declares_the_store_finds_it_seeded_and_one_that_does_not_finds_it_untouched()
    {
        using var t = new TestStore();
        var plain = new ChatCommandRouter([new Reader(t, needsStore: false)], NullLogger<ChatCommandRouter>.Instance);
        Assert.Equal("settled=False empty=True", Text(await plain.ExecuteAsync("reader", [], Origin)));

        var reading = new ChatCommandRouter([new Reader(t, needsStore: true)], NullLogger<ChatCommandRouter>.Instance);
        Assert.False(t.Seeder.IsSettled);
        Assert.Equal("settled=True empty=False", Text(await reading.ExecuteAsync("reader", [], Origin)));
    }

    [Fact]
    public async Task A_request_the_router_answers_itself_prepares_nothing()
    {
        using var t = new TestStore();
        var router = new ChatCommandRouter([new Reader(t, needsStore: true)], NullLogger<ChatCommandRouter>.Instance);
        Assert.False((await router.ExecuteAsync("reader", ["help"], Origin)).IsError);
        Assert.False(t.Seeder.IsSettled);
        await router.ExecuteAsync("reader", [], Origin);
        Assert.True(t.Seeder.IsSettled);
    }

    private static string Text(ChatReply reply) => Assert.IsType<TextSection>(Assert.Single(reply.Sections)).Text;
}
