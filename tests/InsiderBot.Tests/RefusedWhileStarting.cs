using InsiderBot.Chat;
using Microsoft.Extensions.Hosting;

namespace InsiderBot.Tests;

/// <summary>Starts before the web server (hosted services start in order; the server is added last) and refuses at once, as a platform whose token is rejected does.</summary>
internal sealed class RefusedWhileStarting(BotExit exit, IHostApplicationLifetime lifetime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        exit.ConfigurationProblem();
        lifetime.StopApplication();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
