using InsiderBot.Chat;
using InsiderBot.Chat.Replies;

namespace InsiderBot.Slack.Tests;

/// <summary>Commands with observable effects: how often they ran, with what, and a gate that holds a slow one.</summary>
public sealed class TestCommands
{
    private int runs;

    public int Runs => Volatile.Read(ref runs);

    public TaskCompletionSource SlowGate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource SlowStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ChatOrigin? LastOrigin { get; private set; }

    public IEnumerable<IChatCommand> All() =>
    [
        new Command(this, "echo", false, input => Task.FromResult(ChatReply.Text("Echo", string.Join("|", input.Arguments)))),
        new Command(this, "slow", false, async _ =>
        {
            SlowStarted.TrySetResult();
            await SlowGate.Task;
            return ChatReply.Text("Slow", "done at last");
        }),
        new Command(this, "subscribe", true, input => Task.FromResult(ChatReply.Text("Subscribed", "alerts for " + input.Argument(0)))),
        new Command(this, "chart", false, _ => Task.FromResult(ChatReply.Text("Chart", "see the picture") with { Chart = new ReplyImage("chart.png", [137, 80, 78, 71], "activity chart") })),
        new Command(this, "drawing", false, async _ =>
        {
            await SlowGate.Task;
            return ChatReply.Text("Drawing", "drawn at last") with { Chart = new ReplyImage("chart.png", [137, 80, 78, 71], "activity chart") };
        })
        {
            MayAttachChart = true,
            Refuse = input => input.Argument(0) == "typo" ? ChatReply.Error("'typo' is not a word this command knows; try /drawing AAPL.") : null,
        },
    ];

    private sealed class Command(TestCommands owner, string name, bool manage, Func<CommandInput, Task<ChatReply>> run) : IChatCommand
    {
        public string Name => name;

        public string Description => "test command " + name;

        public IReadOnlyList<CommandParameter> Parameters { get; } = [new("word", "any word")];

        public bool RequiresManage => manage;

        public bool MayAttachChart { get; init; }

        public Func<CommandInput, ChatReply?>? Refuse { get; init; }

        public ChatReply? Refusal(CommandInput input) => Refuse?.Invoke(input);

        public Task<ChatReply> ExecuteAsync(CommandInput input, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref owner.runs);
            owner.LastOrigin = input.Origin;
            return run(input);
        }
    }
}
