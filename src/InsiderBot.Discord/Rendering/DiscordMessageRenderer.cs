using System.Text.Json.Nodes;
using InsiderBot.Chat.Replies;

namespace InsiderBot.Discord.Rendering;

/// <summary>
/// Turns a platform-neutral <see cref="ChatReply"/> into Discord embeds: coloured by tone, within every embed limit,
/// the chart attached as a PNG and an export as its file, mentions never pinged, a paged listing's previous/next buttons below.
/// </summary>
public sealed class DiscordMessageRenderer
{
    public const int Ephemeral = 1 << 6;

    public DiscordMessage Render(ChatReply reply)
    {
        var files = Files(reply);
        var packer = Pack(reply, files);
        // A page must arrive whole, or paging would skip entries: the other lists give up their entries first.
        for (var shorter = reply; packer.Trimmed && Shorten(shorter) is { } next; shorter = next) packer = Pack(next, files);
        var chart = reply.Chart;
        packer.Finish(reply.Footer is null ? null : Markdown(reply.Footer), chart is null ? null : "attachment://" + chart.FileName);

        var colour = Colour(reply.Tone);
        var payload = new JsonObject
        {
            ["embeds"] = new JsonArray(packer.Embeds.Select(e => (JsonNode)e.ToJson(colour)).ToArray()),
            ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() },
        };
        if (reply.Ephemeral) payload["flags"] = Ephemeral;
        if (PagingButtons.Components(reply) is { } buttons) payload["components"] = buttons;
        // Files replace the message's own; a later page (no chart) replaces the page the chart came with by none.
        if (files.Count > 0 || ReplyPaging.Of(reply) is not null)
        {
            payload["attachments"] = new JsonArray(files.Select((file, id) => (JsonNode)new JsonObject
            {
                ["id"] = id,
                ["filename"] = file.FileName,
                ["description"] = DiscordLimits.Clip(file.Description, DiscordLimits.AttachmentDescription),
            }).ToArray());
        }

        return new DiscordMessage(payload, files);
    }

    /// <summary>The chart first (the embed shows it), then the export when it is within Discord's upload limit.</summary>
    private static List<ReplyFile> Files(ChatReply reply)
    {
        var files = new List<ReplyFile>(2);
        if (reply.Chart is { } chart) files.Add(chart.AsFile());
        if (reply.Export is { Content.Length: <= DiscordLimits.FileBytes } export) files.Add(export);
        return files;
    }

    private static EmbedPacker Pack(ChatReply reply, List<ReplyFile> files)
    {
        var packer = new EmbedPacker(reply.Footer?.Length ?? 0);
        if (reply.IsError || reply.Title.Length > DiscordLimits.Title)
        {
            packer.Start(null);
            packer.AddLine(Markdown(reply.Title));
        }
        else
        {
            packer.Start(reply.Title);
        }

        foreach (var section in reply.Sections) Add(packer, section);
        if (reply.Export is { } export && !files.Contains(export))
            packer.AddLine($"The export ({export.Content.Length / (1024 * 1024.0):0.#} MB) is over Discord's {DiscordLimits.FileBytes / (1024 * 1024)} MB upload limit: narrow the window, or run `ask --format csv` on the bot's host.");
        return packer;
    }

    /// <summary>The reply with one entry fewer in its last unpaged list that has any, when it has a paged one; else null.</summary>
    private static ChatReply? Shorten(ChatReply reply)
    {
        if (ReplyPaging.Of(reply) is null) return null;
        var at = reply.Sections.ToList().FindLastIndex(s => s is ItemsSection { Paging: null, Items.Count: > 0 });
        if (at < 0) return null;
        var list = (ItemsSection)reply.Sections[at];
        var sections = reply.Sections.ToList();
        sections[at] = list with { Items = list.Items.Take(list.Items.Count - 1).ToList(), Omitted = list.Omitted + 1 };
        return reply with { Sections = sections };
    }

    /// <summary>Embed colour: buying green, selling red.</summary>
    public static int Colour(ReplyTone tone) => tone switch
    {
        ReplyTone.Buying => 0x2ECC71,
        ReplyTone.Selling => 0xE74C3C,
        ReplyTone.Mixed => 0xF1C40F,
        ReplyTone.Warning => 0xE67E22,
        ReplyTone.Error => 0x992D22,
        _ => 0x5865F2,
    };

    /// <summary>The replies' only markup is <c>*bold*</c>; Discord bolds with <c>**</c>.</summary>
    public static string Markdown(string text) => text.Replace("*", "**", StringComparison.Ordinal);

    private static void Add(EmbedPacker packer, ReplySection section)
    {
        switch (section)
        {
            case TextSection text:
                foreach (var paragraph in text.Text.Split("\n\n")) packer.AddLine(Markdown(paragraph));
                break;
            case FieldsSection fields:
                foreach (var field in fields.Fields) packer.AddField(Markdown(field.Name), Markdown(field.Value), inline: true);
                break;
            case ItemsSection items:
                packer.Start(items.Title);
                foreach (var item in items.Items) packer.AddLine(Item(item));
                if (items.Paging is { } paging) packer.AddLine(PagingButtons.Fit(paging) ? paging.Position : paging.Typed);
                else if (items is { Rest.Line.Length: <= PagingButtons.CustomId, RestPosition: { } shown }) packer.AddLine(shown); // the button leads to the rest
                else if (items.Remainder is { } remainder) packer.AddLine(remainder);
                break;
            case TableSection table:
                packer.Start(null);
                foreach (var row in table.Rows)
                    packer.AddLine(row.Count == 0 ? "\u200b" : $"**{row[0]}** — " + string.Join(" · ", row.Skip(1).Select(Markdown)));
                break;
        }
    }

    /// <summary>One trade as three short lines: reads on a phone without a table.</summary>
    private static string Item(ReplyItem item)
    {
        var lines = new List<string> { "**" + PlainTextRenderer.Plain(item.Headline) + "**" };
        if (item.Detail.Length > 0) lines.Add(Markdown(item.Detail));
        if (item.Reading.Length > 0) lines.Add("→ " + Markdown(item.Reading));
        return string.Join('\n', lines) + "\n";
    }
}
