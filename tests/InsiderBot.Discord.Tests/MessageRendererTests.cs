using System.Text.Json;
using InsiderBot.Chat.Replies;
using InsiderBot.Discord.Rendering;

namespace InsiderBot.Discord.Tests;

public sealed class MessageRendererTests
{
    private readonly DiscordMessageRenderer renderer = new();

    private static JsonElement Parse(DiscordMessage message)
    {
        using var document = JsonDocument.Parse(message.Payload.ToJsonString());
        return document.RootElement.Clone();
    }

    private static int Length(JsonElement embed, string property) => embed.TryGetProperty(property, out var value) ? value.GetString()!.Length : 0;

    private static ChatReply Oversized() => new()
    {
        Title = new string('T', 400),
        Tone = ReplyTone.Selling,
        Sections =
        [
            new TextSection(string.Join("\n\n", Enumerable.Range(0, 3).Select(i => new string('x', 3000)))),
            new FieldsSection(Enumerable.Range(0, 60).Select(i => new ReplyField(new string('n', 300), new string('v', 2000))).ToList()),
            new ItemsSection("Trades", Enumerable.Range(0, 200).Select(i => new ReplyItem($"*Trade {i}*", new string('d', 150), "reading")).ToList(), Omitted: 40),
            new TableSection(["code", "meaning"], Enumerable.Range(0, 300).Select(i => (IReadOnlyList<string>)[$"C{i}", "a meaning"]).ToList()),
        ],
        Footer = new string('f', 3000),
    };

    [Fact]
    public void Oversized_reply_stays_within_every_embed_limit_and_says_what_was_left_out()
    {
        var json = Parse(renderer.Render(Oversized()));
        var embeds = json.GetProperty("embeds").EnumerateArray().ToList();

        Assert.InRange(embeds.Count, 1, DiscordLimits.Embeds);
        var total = 0;
        foreach (var embed in embeds)
        {
            Assert.InRange(Length(embed, "title"), 0, DiscordLimits.Title);
            Assert.InRange(Length(embed, "description"), 0, DiscordLimits.Description);
            var fields = embed.TryGetProperty("fields", out var f) ? f.EnumerateArray().ToList() : [];
            Assert.InRange(fields.Count, 0, DiscordLimits.Fields);
            foreach (var field in fields)
            {
                Assert.InRange(Length(field, "name"), 1, DiscordLimits.FieldName);
                Assert.InRange(Length(field, "value"), 1, DiscordLimits.FieldValue);
            }

            var footer = embed.TryGetProperty("footer", out var ft) ? ft.GetProperty("text").GetString()!.Length : 0;
            Assert.InRange(footer, 0, DiscordLimits.Footer);
            total += Length(embed, "title") + Length(embed, "description") + fields.Sum(x => Length(x, "name") + Length(x, "value")) + footer;
            Assert.Equal(0xE74C3C, embed.GetProperty("color").GetInt32());
        }

        Assert.InRange(total, 1, DiscordLimits.TotalPerMessage);
        Assert.Contains("left out to fit Discord", embeds[^1].GetProperty("footer").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Small_reply_is_one_embed_coloured_by_tone_with_bold_converted_and_no_pings()
    {
        var reply = new ChatReply
        {
            Title = "AAPL — Apple Inc.",
            Tone = ReplyTone.Buying,
            Sections = [new FieldsSection([new ReplyField("Buying", "$1.2M")]), new TextSection("*Buying without selling*: clean.")],
            Footer = "From SEC Form 4 filings.",
        };
        var json = Parse(renderer.Render(reply));
        var embed = Assert.Single(json.GetProperty("embeds").EnumerateArray());

        Assert.Equal("AAPL — Apple Inc.", embed.GetProperty("title").GetString());
        Assert.Equal(0x2ECC71, embed.GetProperty("color").GetInt32());
        Assert.Equal("**Buying without selling**: clean.", embed.GetProperty("description").GetString());
        Assert.Equal("$1.2M", embed.GetProperty("fields")[0].GetProperty("value").GetString());
        Assert.Equal("From SEC Form 4 filings.", embed.GetProperty("footer").GetProperty("text").GetString());
        Assert.Equal(0, json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.False(json.TryGetProperty("flags", out _));
    }

    [Fact]
    public void Error_is_ephemeral_and_a_long_message_goes_to_the_description()
    {
        var json = Parse(renderer.Render(ChatReply.Error("Unknown ticker ZZZZ. " + new string('x', 300))));
        Assert.Equal(64, json.GetProperty("flags").GetInt32());
        var embed = json.GetProperty("embeds")[0];
        Assert.False(embed.TryGetProperty("title", out _));
        Assert.StartsWith("Unknown ticker ZZZZ.", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_is_attached_as_a_png_and_shown_in_the_embed()
    {
        var reply = ChatReply.Text("Activity", "chart below") with { Chart = new ReplyImage("activity.png", [1, 2, 3], "Insider activity") };
        var message = renderer.Render(reply);
        var json = Parse(message);

        Assert.Equal("attachment://activity.png", json.GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString());
        Assert.Equal("activity.png", json.GetProperty("attachments")[0].GetProperty("filename").GetString());
        using var content = message.ToContent();
        Assert.Equal("multipart/form-data", content.Headers.ContentType!.MediaType);
        var body = await content.ReadAsStringAsync();
        Assert.Contains("name=payload_json", body, StringComparison.Ordinal);
        Assert.Contains("name=\"files[0]\"; filename=activity.png", body, StringComparison.Ordinal);
        Assert.Contains("image/png", body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_export_is_the_second_attachment_and_one_over_the_upload_limit_is_left_out_with_a_line_saying_so()
    {
        var chart = new ReplyImage("activity.png", [1, 2, 3], "Insider activity");
        var small = ChatReply.Text("Activity", "see files") with { Chart = chart, Export = new ReplyFile("t.csv", [65], "text/csv", "1 transaction") };
        var large = small with { Export = new ReplyFile("t.csv", new byte[DiscordLimits.FileBytes + 1], "text/csv", "many") };

        var fits = renderer.Render(small);
        var over = renderer.Render(large);

        Assert.Equal(["activity.png", "t.csv"], fits.Files.Select(f => f.FileName));
        Assert.Equal([0, 1], Parse(fits).GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("id").GetInt32()));
        Assert.Equal(["activity.png"], over.Files.Select(f => f.FileName));
        Assert.Single(Parse(over).GetProperty("attachments").EnumerateArray());
        var text = string.Join("\n", Parse(over).GetProperty("embeds").EnumerateArray().Select(e => e.TryGetProperty("description", out var d) ? d.GetString() : ""));
        Assert.Contains("over Discord's 10 MB upload limit", text, StringComparison.Ordinal);
    }
}
