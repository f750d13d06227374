using Microsoft.Extensions.Hosting;

namespace InsiderBot.Benchmarks.Scenarios;

/// <summary>Hands an in-process bot's lifetime to the scenario once the host has started, so it can stop the bot.</summary>
internal sealed class LifetimeHandle(IHostApplicationLifetime lifetime, TaskCompletionSource<IHostApplicationLifetime> handle) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        handle.TrySetResult(lifetime);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
