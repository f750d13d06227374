using System.Globalization;
using InsiderBot.Import;
using InsiderBot.Store;

namespace InsiderBot.Cli;

/// <summary>
/// <c>sample remove</c>: takes the bundled demo filings out of a store they were seeded into, with everything derived
/// from them, leaving every other row as a store that never held them would have it. A kill part-way is finished by
/// running it again.
/// </summary>
public sealed class SampleVerb(StoreSeeder seeder, InsiderStore store, BotConsole console)
{
    public const string Usage = "sample takes one word: sample remove (takes the bundled demo filings out of this store)";

    public async Task<int> RunAsync(IReadOnlyList<string> operands, CancellationToken cancellationToken)
    {
        if (operands is not [var word] || !string.Equals(word, "remove", StringComparison.OrdinalIgnoreCase))
        {
            await console.Out.WriteLineAsync(Usage);
            return 1;
        }

        var held = store.HoldsSample;
        var removed = await Task.Run(seeder.RemoveSample, cancellationToken);
        if (!removed.Held && !held)
        {
            await console.Out.WriteLineAsync($"{store.FilePath} holds no bundled sample; nothing removed.");
            return 0;
        }

        var stats = store.Statistics();
        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Removed the bundled sample from {store.FilePath}: {removed.Filings:#,0} filings, {removed.Trades:#,0} transactions, and what was derived from them. The store now holds {stats.Filings:#,0} filings, {stats.Trades:#,0} transactions."));
        return 0;
    }
}
