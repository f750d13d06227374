using System.Text.Json.Nodes;
using InsiderBot.Chat.Replies;
using InsiderBot.Slack.Blocks;

namespace InsiderBot.Slack.Tests;

public sealed class BlockKitTests
{
    private static IEnumerable<string> SectionTexts(SlackMessage m) =>
        m.Blocks.OfType<JsonObject>().Where(b => b["type"]!.ToString() == "section" && b["text"] is not null).Select(b => b["text"]!["text"]!.ToString());

    [Fact]
    public void A_reply_renders_header_fields_items_table_and_context_with_a_plain_fallback()
    {
        var reply = new ChatReply
        {
            Title = "AAPL — Apple Inc.",
            Sections =
            [
                new FieldsSection([new ReplyField("Purchases", "$3.4M by 2 insiders"), new ReplyField("Sales", "none")]),
                new ItemsSection("Trades", [new ReplyItem("Cook bought 1,000", "2026-11-20 at $190", "Open-market purchase", ReplyTone.Buying)], Omitted: 3),
                new TableSection(["code", "meaning"], [["P", "purchase"], ["S", "sale"]]),
            ],
            Footer = "Source: SEC Form 4",
        };
        var message = BlockKitRenderer.Render(reply);

        Assert.Equal(["header", "section", "section", "section", "context", "section", "context"], message.Blocks.Select(b => b!["type"]!.ToString()));
        Assert.Equal("AAPL — Apple Inc.", message.Blocks[0]!["text"]!["text"]!.ToString());
        Assert.Equal("*Purchases*\n$3.4M by 2 insiders", message.Blocks[1]!["fields"]![0]!["text"]!.ToString());
        Assert.Contains(SectionTexts(message), t => t.Contains(":large_green_circle: *Cook bought 1,000*\n2026-11-20 at $190\n_Open-market purchase_", StringComparison.Ordinal));
        Assert.Contains(SectionTexts(message), t => t.StartsWith("```\nCODE  MEANING\nP     purchase", StringComparison.Ordinal));
        Assert.Equal("Source: SEC Form 4", message.Blocks[^1]!["elements"]![0]!["text"]!.ToString());
        Assert.StartsWith("AAPL — Apple Inc.", message.Text, StringComparison.Ordinal);
        Assert.False(message.Ephemeral);
    }

    [Fact]
    public void Errors_are_one_ephemeral_line()
    {
        var message = BlockKitRenderer.Render(ChatReply.Error("Name a ticker: /insiders TICKER"));
        Assert.True(message.Ephemeral);
        Assert.Equal("ephemeral", message.ToCommandResponse()["response_type"]!.ToString());
        Assert.Equal(":warning: Name a ticker: /insiders TICKER", Assert.Single(SectionTexts(message)));
    }

    [Fact]
    public void Too_many_items_are_trimmed_to_fifty_blocks_with_a_note()
    {
        var items = Enumerable.Range(1, 80).Select(i => new ReplyItem($"trade {i}", "detail", "reading")).ToList();
        var message = BlockKitRenderer.Render(new ChatReply { Title = "Many", Sections = [new ItemsSection("Trades", items)], Footer = "footer" });

        Assert.Equal(BlockKitLimits.Blocks, message.Blocks.Count);
        var context = message.Blocks[^1]!;
        Assert.Equal("context", context["type"]!.ToString());
        Assert.Contains("33 more block(s) not shown", context["elements"]![0]!["text"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal("footer", context["elements"]![1]!["text"]!.ToString());
    }

    [Fact]
    public void Long_text_long_titles_and_many_fields_stay_within_limits()
    {
        var fields = Enumerable.Range(1, 25).Select(i => new ReplyField("f" + i, new string('v', 2500))).ToList();
        var message = BlockKitRenderer.Render(new ChatReply
        {
            Title = new string('T', 400),
            Sections = [new TextSection(new string('x', 5000)), new FieldsSection(fields)],
        });

        Assert.Equal(BlockKitLimits.Header, message.Blocks[0]!["text"]!["text"]!.ToString().Length);
        Assert.All(SectionTexts(message), t => Assert.True(t.Length <= BlockKitLimits.SectionText));
        var fieldBlocks = message.Blocks.Where(b => b!["fields"] is not null).ToList();
        Assert.Equal([10, 10, 5], fieldBlocks.Select(b => b!["fields"]!.AsArray().Count));
        Assert.All(fieldBlocks.SelectMany(b => b!["fields"]!.AsArray()), f => Assert.True(f!["text"]!.ToString().Length <= BlockKitLimits.Field));
        Assert.True(message.Text.Length <= BlockKitLimits.FallbackText);
    }

    [Fact]
    public void Slack_control_characters_are_escaped()
    {
        var message = BlockKitRenderer.Render(ChatReply.Text("T", "AT&T <b> @channel"));
        Assert.Equal("AT&amp;T &lt;b&gt; @channel", Assert.Single(SectionTexts(message)));
    }

    [Fact]
    public void Fallback_text_escapes_what_a_user_typed_so_no_mention_goes_live()
    {
        var error = BlockKitRenderer.Render(ChatReply.Error("Unknown transaction code '<!everyone>'. Valid codes: P, S."));
        var text = BlockKitRenderer.Render(ChatReply.Text("AT&T <b>", "<!channel> & <@U123>"));

        Assert.Contains("Unknown transaction code '&lt;!everyone&gt;'. Valid codes: P, S.", error.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", error.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text.Text, StringComparison.Ordinal);
        Assert.Contains("&lt;!channel&gt; &amp; &lt;@U123&gt;", text.Text, StringComparison.Ordinal);
        Assert.Contains("AT&amp;T &lt;b&gt;", text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Fallback_text_cut_to_the_limit_never_ends_inside_an_escape()
    {
        var message = BlockKitRenderer.Render(ChatReply.Text("T", string.Concat(Enumerable.Repeat("<&>", 3000))));

        Assert.True(message.Text.Length <= BlockKitLimits.FallbackText);
        Assert.EndsWith(";…", message.Text, StringComparison.Ordinal);
    }
}
