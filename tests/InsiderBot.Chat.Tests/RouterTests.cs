using InsiderBot.Chat.Replies;
using Microsoft.Extensions.Logging.Abstractions;

namespace InsiderBot.Chat.Tests;

public sealed class RouterTests
{
    private sealed class Probe(bool requiresManage = false, Exception? failure = null) : IChatCommand
    {
        public List<IReadOnlyList<string>> Calls { get; } = [];

        public string Name => "probe";

        public string Description => "A test command";

        public IReadOnlyList<CommandParameter> Parameters { get; } = [new("ticker", "A ticker", Required: true), new("days", "Days")];

        public bool RequiresManage => requiresManage;

        public Task<ChatReply> ExecuteAsync(CommandInput input, CancellationToken cancellationToken)
        {
            Calls.Add(input.Arguments);
            if (failure is not null) throw failure;
            return Task.FromResult(ChatReply.Text("ok", string.Join("|", input.Arguments)));
        }
    }

    private static readonly ChatOrigin Member = new("test", "w", "c", "u", CanManage: false);

    [Fact]
    public async Task Execute_SplitsArgumentsAndQuotedNames()
    {
        var probe = new Probe();
        var router = new ChatCommandRouter([probe], NullLogger<ChatCommandRouter>.Instance);

        await router.ExecuteAsync("/PROBE  AAPL \"Musk Elon\" “Tim Cook”", Member);

        Assert.Equal(["AAPL", "Musk Elon", "Tim Cook"], probe.Calls.Single());
    }

    [Fact]
    public async Task Execute_CommandHelp_ShowsUsageWithoutRunningIt()
    {
        var probe = new Probe();
        var router = new ChatCommandRouter([probe], NullLogger<ChatCommandRouter>.Instance);

        var reply = await router.ExecuteAsync("/probe help", Member);

        Assert.Empty(probe.Calls);
        Assert.Equal("/probe TICKER [days]", reply.Title);
    }

    [Fact]
    public async Task Execute_ManageCommandWithoutPermission_IsRefusedEphemerally()
    {
        var probe = new Probe(requiresManage: true);
        var router = new ChatCommandRouter([probe], NullLogger<ChatCommandRouter>.Instance);

        var refused = await router.ExecuteAsync("/probe AAPL", Member);
        var allowed = await router.ExecuteAsync("/probe AAPL", Member with { CanManage = true });

        Assert.True(refused.IsError && refused.Ephemeral);
        Assert.Contains("needs permission to manage this channel", refused.Title);
        Assert.False(allowed.IsError);
        Assert.Single(probe.Calls);
    }

    [Fact]
    public async Task Execute_CommandThatCrashes_AnswersWithAnErrorInsteadOfSilence()
    {
        var router = new ChatCommandRouter([new Probe(failure: new InvalidOperationException("boom"))], NullLogger<ChatCommandRouter>.Instance);

        var reply = await router.ExecuteAsync("/probe AAPL", Member);

        Assert.True(reply.IsError);
        Assert.Equal("/probe failed inside the bot (InvalidOperationException); the error is logged. Try again, or /help.", reply.Title);
    }
}
