using System.Text;
using System.Text.Json.Nodes;
using InsiderBot.Chat.Replies;

namespace InsiderBot.Slack.Blocks;

/// <summary>
/// Renders a <see cref="ChatReply"/> as Block Kit within Slack's limits: a header, summary fields, items as sections,
/// tables as aligned code rows, a context line, a paged listing's previous/next buttons; anything over the limits is
/// trimmed with a note saying so.
/// </summary>
public static class BlockKitRenderer
{
    public static SlackMessage Render(ChatReply reply)
    {
        var fallback = ClipEscaped(Escape(PlainTextRenderer.Render(reply).TrimEnd()), BlockKitLimits.FallbackText);
        if (reply.IsError) return new SlackMessage(fallback, [Section(":warning: " + Escape(reply.Title))], Ephemeral: true);

        var blocks = new List<JsonObject> { Header(reply.Title) };
        foreach (var section in reply.Sections) blocks.AddRange(RenderSection(section));

        var context = new List<string>();
        if (reply.Footer is { Length: > 0 } footer) context.Add(Escape(footer));
        var paging = PagingActions.Block(reply);
        var tail = paging is null ? 1 : 2;
        if (blocks.Count + (context.Count > 0 ? 1 : 0) + tail - 1 > BlockKitLimits.Blocks)
        {
            var keep = BlockKitLimits.Blocks - tail; // the last blocks are the context line carrying the note (and the footer), and the paging buttons
            var dropped = blocks.Count - keep;
            blocks.RemoveRange(keep, dropped);
            context.Insert(0, $"_{dropped} more block(s) not shown: Slack allows {BlockKitLimits.Blocks} per message. Narrow the request to see the rest._");
        }

        if (context.Count > 0) blocks.Add(Context(context));
        if (paging is not null) blocks.Add(paging);
        return new SlackMessage(fallback, new JsonArray([.. blocks]), reply.Ephemeral);
    }

    private static IEnumerable<JsonObject> RenderSection(ReplySection section) => section switch
    {
        TextSection t => [Section(Escape(t.Text))],
        FieldsSection f => f.Fields.Chunk(BlockKitLimits.FieldsPerSection).Select(chunk => Fields(chunk)),
        ItemsSection items => Items(items),
        TableSection table => [Section(Table(table))],
        _ => [],
    };

    private static IEnumerable<JsonObject> Items(ItemsSection items)
    {
        if (items.Title.Length > 0) yield return Section($"*{Escape(items.Title)}*");
        foreach (var item in items.Items)
        {
            var text = new StringBuilder($"{ToneMark(item.Tone)}*{Escape(PlainTextRenderer.Plain(item.Headline))}*");
            if (item.Detail.Length > 0) text.Append('\n').Append(Escape(item.Detail));
            if (item.Reading.Length > 0) text.Append("\n_").Append(Escape(PlainTextRenderer.Plain(item.Reading))).Append('_');
            yield return Section(text.ToString());
        }

        if (items.Paging is { } paging) yield return Context([Escape(PagingActions.Fit(paging) ? paging.Position : paging.Typed)]);
        else if (items is { Rest.Line.Length: <= PagingActions.MaxValue, RestPosition: { } shown }) yield return Context([Escape(shown)]); // the button leads to the rest
        else if (items.Remainder is { } remainder) yield return Context([remainder]);
    }

    private static string ToneMark(ReplyTone tone) => tone switch
    {
        ReplyTone.Buying => ":large_green_circle: ",
        ReplyTone.Selling => ":red_circle: ",
        ReplyTone.Mixed => ":large_yellow_circle: ",
        ReplyTone.Warning => ":warning: ",
        _ => "",
    };

    private static string Table(TableSection table)
    {
        var widths = table.Headers.Select((h, i) => Math.Max(h.Length, table.Rows.Count == 0 ? 0 : table.Rows.Max(r => i < r.Count ? r[i].Length : 0))).ToArray();
        var lines = new List<string> { Row(table.Headers.Select(h => h.ToUpperInvariant()).ToList(), widths) };
        lines.AddRange(table.Rows.Select(r => Row(r, widths)));
        const string fence = "```";
        var budget = BlockKitLimits.SectionText - 2 * fence.Length - 2 - 60;
        var text = new StringBuilder();
        var shown = 0;
        foreach (var line in lines)
        {
            if (text.Length + line.Length + 1 > budget) break;
            text.Append(line).Append('\n');
            shown++;
        }

        var note = shown < lines.Count ? $"\n_{lines.Count - shown} more row(s) not shown_" : "";
        return fence + "\n" + Escape(text.ToString().TrimEnd('\n')) + "\n" + fence + note;
    }

    private static string Row(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => PlainTextRenderer.Plain(c).PadRight(i < widths.Length ? widths[i] : 0))).TrimEnd();

    private static JsonObject Header(string title) => new()
    {
        ["type"] = "header",
        ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = Clip(PlainTextRenderer.Plain(title), BlockKitLimits.Header), ["emoji"] = true },
    };

    private static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = Mrkdwn(Clip(mrkdwn, BlockKitLimits.SectionText)),
    };

    private static JsonObject Fields(IEnumerable<ReplyField> fields) => new()
    {
        ["type"] = "section",
        ["fields"] = new JsonArray([.. fields.Select(f => (JsonNode)Mrkdwn(Clip($"*{Escape(PlainTextRenderer.Plain(f.Name))}*\n{Escape(f.Value)}", BlockKitLimits.Field)))]),
    };

    private static JsonObject Context(IEnumerable<string> lines) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray([.. lines.Take(BlockKitLimits.ContextElements).Select(l => (JsonNode)Mrkdwn(Clip(l, BlockKitLimits.SectionText)))]),
    };

    private static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    /// <summary>Slack's three control characters in mrkdwn: &amp;, &lt;, &gt;.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>
    /// <see cref="Clip"/> for escaped text: never cuts inside an <c>&amp;amp;</c>, <c>&amp;lt;</c> or <c>&amp;gt;</c>, which would
    /// leave a bare <c>&amp;</c>.
    /// </summary>
    private static string ClipEscaped(string escaped, int max)
    {
        if (escaped.Length <= max) return escaped;
        var cut = max - 1;
        var amp = escaped.LastIndexOf('&', cut - 1, Math.Min(cut, 4));
        if (amp >= 0 && escaped.IndexOf(';', amp) >= cut) cut = amp;
        return string.Concat(escaped.AsSpan(0, cut), "…");
    }

    /// <summary>Cuts to <paramref name="max"/> characters, ending with an ellipsis when cut.</summary>
    public static string Clip(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
