using InsiderBot.Chat.Export;

namespace InsiderBot.Cli;

/// <summary><c>--format text|json|csv</c> (or <c>--format=json</c>) among <c>ask</c>'s operands: how the answer is printed.</summary>
public static class AskFormat
{
    public const string Example = "e.g. ask --format json \"/insiders TSLA from:2022-04-01\"";

    /// <summary>Takes the switch out of the operands; <paramref name="format"/> is null for text. A bad value is refused in one line.</summary>
    public static string? Take(IReadOnlyList<string> operands, out ExportFormat? format, out IReadOnlyList<string> rest)
    {
        format = null;
        rest = operands;
        var kept = new List<string>(operands.Count);
        for (var i = 0; i < operands.Count; i++)
        {
            string value;
            if (operands[i] == "--format")
            {
                if (i + 1 >= operands.Count) return $"--format needs a value: text, json or csv, {Example}.";
                value = operands[++i];
            }
            else if (operands[i].StartsWith("--format=", StringComparison.Ordinal))
            {
                value = operands[i]["--format=".Length..];
            }
            else
            {
                kept.Add(operands[i]);
                continue;
            }

            if (value.Equals("text", StringComparison.OrdinalIgnoreCase)) format = null;
            else if (ExportOption.Parse(value) is { } parsed) format = parsed;
            else return $"--format must be text, json or csv, not '{Chat.Formatting.EchoedInput.Clip(value)}'; {Example}.";
        }

        rest = kept;
        return null;
    }
}
