using InsiderBot.Edgar;
using InsiderBot.Edgar.DataSets;
using Microsoft.Extensions.Options;

namespace InsiderBot.Cli;

/// <summary><c>backfill --from 2023q1 --to 2024q4</c>: downloads the quarterly data sets through the EDGAR rate limiter and imports them.</summary>
public sealed class BackfillVerb(DataSetBackfill backfill, IOptions<EdgarOptions> options, BotConsole console)
{
    public const string Usage = "backfill needs a range of quarters, e.g. backfill --from 2023q1 --to 2024q4";

    public async Task<int> RunAsync(IReadOnlyList<string> operands, CancellationToken cancellationToken)
    {
        string? Value(string name)
        {
            var i = operands.ToList().IndexOf(name);
            return i >= 0 && i + 1 < operands.Count ? operands[i + 1] : null;
        }

        if (!DataSetBackfill.TryParseQuarter(Value("--from") ?? "", out var from) || !DataSetBackfill.TryParseQuarter(Value("--to") ?? Value("--from") ?? "", out var to))
        {
            await console.Out.WriteLineAsync(Usage);
            return 1;
        }

        if (options.Value.UserAgentProblem() is { } problem)
        {
            await console.Error.WriteLineAsync($"Backfill needs EDGAR access: {problem}");
            return 2;
        }

        var results = await backfill.RunAsync(from, to, _ => TerminalProgress.For(console), cancellationToken);
        var failed = false;
        foreach (var result in results)
        {
            if (result.Refused is { } reason)
            {
                failed = true;
                await console.Out.WriteLineAsync($"{result.Path}: {reason}");
                continue;
            }

            await console.Out.WriteLineAsync($"{Path.GetFileName(result.Path)}: imported {result.Import.FilingsImported:#,0} filing(s), {result.Import.Transactions:#,0} transaction(s), {result.Import.Duplicates:#,0} duplicate(s), {result.Import.Quarantined.Count:#,0} quarantined");
        }

        return failed ? 1 : 0;
    }
}
