namespace InsiderBot.Cli;

/// <summary>
/// The command line: a verb (<c>ask</c>, <c>import</c>, <c>quarantine</c>, or none to run the bot), its operands, and
/// <c>--store PATH</c> wherever it stands. Other <c>--Section:Key=value</c> switches pass through to configuration.
/// </summary>
public sealed record BotCommandLine(string Verb, IReadOnlyList<string> Operands, string? StorePath, IReadOnlyList<string> ConfigurationSwitches, string? Error)
{
    public static readonly string[] Verbs = ["run", "ask", "import", "backfill", "quarantine", "backup", "sample", "healthcheck", "help"];

    public static BotCommandLine Parse(IReadOnlyList<string> args)
    {
        string? store = null;
        var rest = new List<string>();
        var switches = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--store" or "-s")
            {
                if (i + 1 >= args.Count) return new("help", [], null, [], "--store needs a path, e.g. --store data/insiderbot.db");
                store = args[++i];
            }
            else if (arg.StartsWith("--store=", StringComparison.Ordinal))
            {
                store = arg["--store=".Length..];
            }
            else if (arg is "--help" or "-h" or "-?")
            {
                rest.Insert(0, "help");
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal) && !arg.StartsWith("--format=", StringComparison.Ordinal))
            {
                switches.Add(arg);
            }
            else
            {
                rest.Add(arg);
            }
        }

        if (store is { Length: 0 }) return new("help", [], null, [], "--store needs a path, e.g. --store data/insiderbot.db");
        if (rest.Count == 0) return new("run", [], store, switches, null);
        var verb = rest[0].ToLowerInvariant();
        if (!Verbs.Contains(verb))
            return new("help", [], store, switches, $"Unknown command '{rest[0]}'. Use one of: {string.Join(", ", Verbs)}.");
        return new(verb, rest.Skip(1).ToList(), store, switches, null);
    }

    public const string Usage = """
        Usage: dotnet run --project src/InsiderBot -- [command] [--store PATH]

          (no command)          run the bot: Discord and Slack when configured, else an interactive console chat
          ask "/insiders MSFT 90"
                                answer one chat command on stdout; exit 0 for an answer, 1 for an error
          ask --format json "/insiders TSLA from:2022-04-01"
                                every transaction of the answer's window as json or csv on stdout (/insiders, /insider)
          import PATH...        import Form 4 XML files, folders (recursively), EDGAR .txt/.nc submissions and zips
                                (13F-HR submissions of the managers under Superinvestors:Managers too)
                                (and quarterly Insider Transactions Data Sets: a folder or zip with SUBMISSION.tsv)
          backfill --from 2023q1 --to now     (or --from 2024-10-01 --to 2024q4, or --days 120)
                                fill a range up to today (needs Edgar:UserAgent): published quarters from the SEC's
                                data sets, the rest from the daily indexes; says what the store then covers
          quarantine            list the inputs set aside as unreadable, and why
          backup PATH           write a consistent copy of the store to PATH, while the bot keeps running
          sample remove         take the bundled demo filings (and all derived from them) out of the store
          healthcheck           ask a running bot's /healthz (Web:Urls); exit 0 when healthy
          help                  this text

          --store PATH          the LiteDB file to use (config key Store:Path; default data/insiderbot.db)

        One process writes a store. While the bot runs, ask, import, quarantine, backfill, backup and sample are carried out
        by the running bot (over a socket beside the store that only this host reaches); a second bot on the same
        store is refused.
        """;
}
