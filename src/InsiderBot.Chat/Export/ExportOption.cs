using InsiderBot.Chat.Formatting;

namespace InsiderBot.Chat.Export;

/// <summary>
/// The <c>export:csv</c> option of <c>/insiders</c> and <c>/insider</c>: typed as a token on Slack and the console, a
/// named option on Discord (which passes it in the same form). The command's other arguments are read without it.
/// </summary>
public static class ExportOption
{
    public const string Name = "export";

    /// <summary>The formats, as typed: <c>csv</c>, <c>json</c>.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["csv", "json"];

    public static CommandParameter Parameter { get; } =
        new(Name, "Attach every transaction as a file to take away: csv or json", Choices: Formats, Named: true);

    /// <summary>True when the argument is an <c>export:</c> token (well formed or not).</summary>
    public static bool IsToken(string argument) => argument.Trim().StartsWith(Name + ":", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Takes any <c>export:FORMAT</c> out of <paramref name="arguments"/>; <paramref name="rest"/> is what remains in order.
    /// A format that does not exist is refused in one line naming those that do; <paramref name="example"/> shows where.
    /// </summary>
    public static string? Take(IReadOnlyList<string> arguments, string example, out ExportFormat? format, out IReadOnlyList<string> rest)
    {
        format = null;
        rest = arguments;
        var kept = new List<string>(arguments.Count);
        foreach (var argument in arguments)
        {
            var raw = argument.Trim();
            if (!IsToken(raw))
            {
                kept.Add(argument);
                continue;
            }

            var value = raw[(Name.Length + 1)..];
            if (Parse(value) is not { } parsed) return Refusal(value, example);
            if (format is { } earlier && earlier != parsed) return $"Give one export format, e.g. {example} export:csv.";
            format = parsed;
        }

        rest = kept;
        return null;
    }

    public static ExportFormat? Parse(string value) => value.Trim().ToLowerInvariant() switch
    {
        "csv" => ExportFormat.Csv,
        "json" => ExportFormat.Json,
        _ => null,
    };

    /// <summary>"'xls' is not an export format: use export:csv or export:json, e.g. /insiders TSLA export:csv."</summary>
    public static string Refusal(string value, string example) =>
        $"'{EchoedInput.Clip(value)}' is not an export format: use export:csv or export:json, e.g. {example} export:csv.";

    public static string Extension(ExportFormat format) => format == ExportFormat.Csv ? "csv" : "json";
}
