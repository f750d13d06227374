using InsiderBot.Chat;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderBot.Slack.Tests;

/// <summary>SIGTERM (a real host stop) while a slash command was acknowledged and its answer is still to go to response_url.</summary>
public sealed class ShutdownTests
{
    private static async Task<(SlackTestHost Host, Task Stopped)> AcknowledgeThenStopAsync()
    {
        var host = await SlackTestHost.StartAsync();
        var pending = host.PostSignedAsync(host.CommandBody("/slow", "", responseId: "slow-1"));
        await host.Commands.SlowStarted.Task.WaitAsync(SlackTestHost.Wait);
        host.Time.Advance(TimeSpan.FromSeconds(3)); // past the ack budget: acknowledged, the answer is due at response_url
        await pending.WaitAsync(SlackTestHost.Wait);

        var stopped = host.App.StopAsync();
        await host.Services.GetRequiredService<AnswersInFlight>().Draining.WaitAsync(SlackTestHost.Wait);
        return (host, stopped);
    }

    [Fact]
    public async Task A_late_answer_in_flight_is_delivered_before_the_host_stops()
    {
        var (host, stopped) = await AcknowledgeThenStopAsync();
        await using var _ = host;
        Assert.False(stopped.IsCompleted);

        host.Commands.SlowGate.SetResult();
        await stopped.WaitAsync(SlackTestHost.Wait);

        var late = Assert.Single(host.Slack.ResponsesFor("slow-1"));
        Assert.Contains("done at last", late.Message["text"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_late_answer_that_cannot_finish_in_time_becomes_restarting_try_again()
    {
        var (host, stopped) = await AcknowledgeThenStopAsync();
        await using var _ = host;

        host.Time.Advance(AnswersInFlight.DrainFor);
        await stopped.WaitAsync(SlackTestHost.Wait);

        var late = Assert.Single(host.Slack.ResponsesFor("slow-1"));
        Assert.Equal("ephemeral", late.Message["response_type"]!.ToString());
        Assert.Contains(AnswersInFlight.RestartingText, late.Message.ToJsonString(), StringComparison.Ordinal);
    }
}
