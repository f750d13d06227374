using System.Globalization;
using InsiderBot.Chat;
using InsiderBot.Chat.Replies;
using InsiderBot.Import;

namespace InsiderBot.LocalChat;

/// <summary>
/// <c>/import PATH…</c> in the console chat: imports filings from this machine while the bot runs, so new signals and
/// their alerts can be watched locally. The console handles it itself; it is never offered on Discord or Slack, where the
/// path would name the server's disk.
/// </summary>
public sealed class ImportCommand(FilingImporter importer)
{
    public string Name => "import";

    public string Description => "Import Form 4 or 13F-HR files, folders or zips from this machine (console only)";

    public Task<ChatReply> ExecuteAsync(CommandInput input, CancellationToken cancellationToken)
    {
        if (input.Origin.Platform != ChatOrigin.Console.Platform)
            return Task.FromResult(ChatReply.Error("/import works only in the console chat; operators import with the import command on the server."));
        if (input.Arguments.Count == 0)
            return Task.FromResult(ChatReply.Error("Name what to import: /import PATH, e.g. /import ~/filings/"));

        var summary = importer.Import(input.Arguments, cancellationToken);
        var lines = new List<ReplyField>
        {
            new("Imported", $"{summary.FilingsImported.ToString("#,0", CultureInfo.InvariantCulture)} filing(s), {summary.Transactions.ToString("#,0", CultureInfo.InvariantCulture)} transaction(s)"),
            new("13F-HR reports", summary.ThirteenFReports.Count.ToString(CultureInfo.InvariantCulture)),
            new("Duplicates skipped", summary.Duplicates.ToString(CultureInfo.InvariantCulture)),
            new("Quarantined", summary.QuarantinedCount.ToString(CultureInfo.InvariantCulture)),
        };
        lines.AddRange(summary.ThirteenFReports.Take(10).Select(r => new ReplyField("13F", Cli.ImportVerb.Describe(r))));
        lines.AddRange(summary.Quarantined.Take(10).Select(q => new ReplyField(q.Source, q.Reason)));
        lines.AddRange(summary.MissingPaths.Select(p => new ReplyField("Not found", p)));
        return Task.FromResult(new ChatReply
        {
            Title = "Import",
            Tone = summary.HasProblems ? ReplyTone.Warning : ReplyTone.Neutral,
            Sections = [new FieldsSection(lines)],
        });
    }
}
