using InsiderBot.Chat.Answering;
using InsiderBot.Chat.Replies;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace InsiderBot.Chat.Tests.Answering;

/// <summary>The one answer-or-defer sequence every platform runs, observed through a recording platform.</summary>
public sealed class DeadlineRunnerTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    private sealed class Recording(bool carriesFiles = true) : IDeadlineAnswer
    {
        public List<string> Steps { get; } = [];

        public TaskCompletionSource Deferred { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool FitsFirstAnswer(ChatReply reply) => carriesFiles || !reply.HasFiles;

        public Task AnswerNowAsync(ChatReply reply, CancellationToken cancellationToken)
        {
            Steps.Add("now: " + reply.Title);
            return Task.CompletedTask;
        }

        public Task DeferAsync(CancellationToken cancellationToken)
        {
            Steps.Add("defer");
            Deferred.TrySetResult();
            return Task.CompletedTask;
        }

        public Task DeliverLateAsync(ChatReply reply, CancellationToken cancellationToken)
        {
            Steps.Add("late: " + reply.Title);
            return Task.CompletedTask;
        }
    }

    private DeadlineRunner Runner() => new(new HeavyCommandLane(), time, NullLogger<DeadlineRunner>.Instance);

    private static Task<ChatReply> Ready(string title) => Task.FromResult(ChatReply.Text(title, "body"));

    [Fact]
    public async Task A_reply_ready_before_the_deadline_is_the_first_and_only_answer()
    {
        var answer = new Recording();
        await Runner().RunAsync("probe", () => Ready("quick"), mayDraw: false, Deadline, answer, CancellationToken.None).WaitAsync(Wait);
        Assert.Equal(["now: quick"], answer.Steps);
    }

    [Fact]
    public async Task A_reply_still_running_at_the_deadline_is_acknowledged_then_delivered_late()
    {
        var answer = new Recording();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = Runner().RunAsync("probe", async () =>
        {
            started.SetResult();
            await gate.Task;
            return ChatReply.Text("slow", "body");
        }, mayDraw: false, Deadline, answer, CancellationToken.None);

        await started.Task.WaitAsync(Wait);
        time.Advance(Deadline - TimeSpan.FromMilliseconds(1));
        Assert.Empty(answer.Steps);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await answer.Deferred.Task.WaitAsync(Wait);
        Assert.Equal(["defer"], answer.Steps);

        gate.SetResult();
        await run.WaitAsync(Wait);
        Assert.Equal(["defer", "late: slow"], answer.Steps);
    }

    [Fact]
    public async Task Without_a_deadline_even_a_ready_reply_is_acknowledged_first()
    {
        var answer = new Recording();
        await Runner().RunAsync("probe", () => Ready("chart"), mayDraw: true, answerWithin: null, answer, CancellationToken.None).WaitAsync(Wait);
        Assert.Equal(["defer", "late: chart"], answer.Steps);
    }

    [Fact]
    public async Task A_ready_reply_the_first_answer_cannot_carry_is_deferred_and_a_plain_one_is_not()
    {
        var chart = ChatReply.Text("drawn", "body") with { Chart = new ReplyImage("chart.png", [1, 2, 3], "a chart") };
        var jsonOnly = new Recording(carriesFiles: false);
        await Runner().RunAsync("probe", () => Task.FromResult(chart), mayDraw: false, Deadline, jsonOnly, CancellationToken.None).WaitAsync(Wait);
        Assert.Equal(["defer", "late: drawn"], jsonOnly.Steps);

        var plain = new Recording(carriesFiles: false);
        await Runner().RunAsync("probe", () => Ready("words"), mayDraw: false, Deadline, plain, CancellationToken.None).WaitAsync(Wait);
        Assert.Equal(["now: words"], plain.Steps);
    }

    [Fact]
    public async Task Shutdown_after_the_acknowledgement_delivers_restarting_in_place_of_the_answer()
    {
        var answer = new Recording();
        using var stopping = new CancellationTokenSource();
        var run = Runner().RunAsync("probe", async () =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, time, stopping.Token);
            return ChatReply.Text("never", "body");
        }, mayDraw: false, answerWithin: null, answer, stopping.Token);

        await answer.Deferred.Task.WaitAsync(Wait);
        await stopping.CancelAsync();
        await run.WaitAsync(Wait);
        Assert.Equal(["defer", "late: " + AnswersInFlight.RestartingText], answer.Steps);
    }

    [Fact]
    public async Task Shutdown_before_any_answer_makes_restarting_the_first_answer()
    {
        var answer = new Recording();
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();
        await Runner().RunAsync("probe", () => Ready("never"), mayDraw: false, Deadline, answer, stopping.Token).WaitAsync(Wait);
        Assert.Equal(["now: " + AnswersInFlight.RestartingText], answer.Steps);
    }
}
