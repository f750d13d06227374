using System.Threading.Channels;

namespace InsiderBot.Edgar.History;

/// <summary>Companies whose on-demand history fetch stopped at its budget: the background worker finishes them.</summary>
public sealed class CompanyHistoryBacklog
{
    private readonly Channel<(long IssuerCik, DateOnly From)> pending = Channel.CreateUnbounded<(long, DateOnly)>();

    public void Add(long issuerCik, DateOnly from) => pending.Writer.TryWrite((issuerCik, from));

    public IAsyncEnumerable<(long IssuerCik, DateOnly From)> ReadAllAsync(CancellationToken cancellationToken) => pending.Reader.ReadAllAsync(cancellationToken);
}
