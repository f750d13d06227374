using InsiderBot.Chat;
using InsiderBot.Chat.Replies;

namespace InsiderBot.Discord.Tests.Support;

/// <summary>Commands that make the adapter's paths observable: slow, with a chart, guarded, echoing its arguments.</summary>
public sealed class TestCommands
{
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>What /slow answers once released.</summary>
    public ChatReply SlowReply { get; set; } = ChatReply.Text("Slow answer", "done", ReplyTone.Buying);

    public IEnumerable<IChatCommand> All() => [new Slow(this), new Chart(), new Drawing(this), new Guard(), new Echo()];

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    private sealed class Slow(TestCommands owner) : IChatCommand
    {
        public string Name => "slow";
        public string Description => "Waits until the test releases it";
        public IReadOnlyList<CommandParameter> Parameters => [];

        public async Task<ChatReply> ExecuteAsync(CommandInput input, CancellationToken cancellationToken)
        {
            await owner.Release.Task.WaitAsync(cancellationToken);
            return owner.SlowReply;
        }
    }

    private sealed class Chart : IChatCommand
    {
        public string Name => "chart";
        public string Description => "A reply with a chart";
        public IReadOnlyList<CommandParameter> Parameters => [];

        public Task<ChatReply> ExecuteAsync(CommandInput input, CancellationToken cancellationToken) =>
            Task.FromResult(ChatReply.Text("Activity", "see chart") with { Chart = new ReplyImage("activity.png", Png, "Insider activity") });
    }

    /// <summary>Declares that it may draw a chart, and draws one once the test releases it.</summary>
    private sealed class Drawing(TestCommands owner) : IChatCommand
    {
        public string Name => "drawing";
        public string Description => "A chart that takes until released";
        public IReadOnlyList<CommandParameter> Parameters => [];
        public bool MayAttachChart => true;

        public async Task<ChatReply> ExecuteAsync(CommandInput input, CancellationToken cancellationToken)
        {
            await owner.Release.Task.WaitAsync(cancellationToken);
            return ChatReply.Text("Drawn", "see chart") with { Chart = new ReplyImage("activity.png", Png, "Insider activity") };
        }
    }

    private sealed class Guard : IChatCommand
    {
        public string Name => "guard";
        public string Description => "Needs Manage Channels";
        public IReadOnlyList<CommandParameter> Parameters => [];
        public bool RequiresManage => true;

        public Task<ChatReply> ExecuteAsync(CommandInput input, CancellationToken cancellationToken) =>
            Task.FromResult(ChatReply.Text("Guarded", "allowed"));
    }

    private sealed class Echo : IChatCommand
    {
        public string Name => "echo";
        public string Description => "Echoes its positional arguments";
        public IReadOnlyList<CommandParameter> Parameters =>
            [new("first", "First", Required: true), new("second", "Second", Kind: ParameterKind.Integer), new("third", "Third", Choices: ["x", "y"]), new("fourth", "Fourth", Named: true)];

        public Task<ChatReply> ExecuteAsync(CommandInput input, CancellationToken cancellationToken) =>
            Task.FromResult(new ChatReply { Title = "args:" + string.Join('|', input.Arguments) + $" manage:{input.Origin.CanManage} guild:{input.Origin.Workspace}" });
    }
}
