using System.Text;

namespace InsiderBot.Chat.Replies;

/// <summary>Renders a reply as plain text for the console chat and <c>ask</c>.</summary>
public static class PlainTextRenderer
{
    public static string Render(ChatReply reply)
    {
        if (reply.IsError) return reply.Title;

        var text = new StringBuilder();
        text.AppendLine(reply.Title);
        text.AppendLine(new string('=', Math.Min(reply.Title.Length, 78)));
        foreach (var section in reply.Sections)
        {
            switch (section)
            {
                case TextSection t:
                    text.AppendLine(Plain(t.Text));
                    break;
                case FieldsSection f:
                    var width = f.Fields.Count == 0 ? 0 : f.Fields.Max(x => x.Name.Length);
                    foreach (var field in f.Fields) text.AppendLine($"{(field.Name + ":").PadRight(width + 1)} {Plain(field.Value)}");
                    break;
                case ItemsSection items:
                    text.AppendLine(items.Title + ":");
                    foreach (var item in items.Items)
                    {
                        text.AppendLine($"  • {Plain(item.Headline)}");
                        if (item.Detail.Length > 0) text.AppendLine($"    {Plain(item.Detail).Replace("\n", "\n    ", StringComparison.Ordinal)}");
                        if (item.Reading.Length > 0) text.AppendLine($"    → {Plain(item.Reading)}");
                    }

                    if (items.Paging is { } paging) text.AppendLine($"  {paging.Typed}");
                    else if (items.Remainder is { } remainder) text.AppendLine($"  {remainder}");
                    break;
                case TableSection table:
                    AppendTable(text, table);
                    break;
            }

            text.AppendLine();
        }

        if (reply.Footer is { Length: > 0 } footer) text.AppendLine(Plain(footer));
        return TrimmedWithNewLine(text);
    }

    // The text without its trailing blank lines, ending in one newline: trimmed in the builder, so the answer is copied
    // out once (ToString, TrimEnd and the concatenation each copied the whole text: half of what rendering allocated).
    private static string TrimmedWithNewLine(StringBuilder text)
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        text.Length = end;
        return text.Append(Environment.NewLine).ToString();
    }

    private static void AppendTable(StringBuilder text, TableSection table)
    {
        var widths = table.Headers.Select((h, i) => Math.Max(h.Length, table.Rows.Count == 0 ? 0 : table.Rows.Max(r => i < r.Count ? r[i].Length : 0))).ToArray();
        text.AppendLine(string.Join("  ", table.Headers.Select((h, i) => h.ToUpperInvariant().PadRight(widths[i]))).TrimEnd());
        foreach (var row in table.Rows)
            text.AppendLine(string.Join("  ", row.Select((cell, i) => cell.PadRight(i < widths.Length ? widths[i] : 0))).TrimEnd());
    }

    /// <summary>Drops the <c>*bold*</c> markers.</summary>
    public static string Plain(string text) => text.Replace("*", "", StringComparison.Ordinal);
}
