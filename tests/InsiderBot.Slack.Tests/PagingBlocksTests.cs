using System.Net;
using System.Text.Json.Nodes;
using InsiderBot.Chat.Replies;
using InsiderBot.Fakes.Slack;
using InsiderBot.Slack.Blocks;

namespace InsiderBot.Slack.Tests;

/// <summary>Previous/Next buttons as Slack takes them, and the fake as strict about blocks as Slack is.</summary>
public sealed class PagingBlocksTests
{
    private static ChatReply Paged(string? previous, string? next) => new()
    {
        Title = "TSLA — Tesla, Inc.: insider trades, last 3650 days",
        Sections =
        [
            new ItemsSection("91 trades, newest first", [new ReplyItem("2022-12-14 · Musk", "6.9 million shares", "sale")], 70)
            {
                Paging = new ReplyPaging("trades", 21, 40, 91, previous, next),
            },
        ],
        Footer = "From SEC Form 4 filings.",
    };

    private static JsonObject Message(ChatReply reply) => BlockKitRenderer.Render(reply).ToCommandResponse();

    [Fact]
    public void A_page_carries_its_position_and_an_actions_block_whose_buttons_hold_the_page_lines()
    {
        var message = Message(Paged("/insiders TSLA 3650 page:1", "/insiders TSLA 3650 page:3"));
        var blocks = message["blocks"]!.AsArray();

        Assert.Empty(FakeBlocks.Problems(message));
        Assert.Contains(blocks, b => b!["type"]!.ToString() == "context" && b["elements"]![0]!["text"]!.ToString() == "trades 21–40 of 91");
        var actions = blocks[^1]!;
        Assert.Equal(("actions", PagingActions.BlockId), (actions["type"]!.ToString(), actions["block_id"]!.ToString()));
        Assert.Equal(["/insiders TSLA 3650 page:1", "/insiders TSLA 3650 page:3"], actions["elements"]!.AsArray().Select(e => e!["value"]!.ToString()));
    }

    [Fact]
    public void A_page_line_too_long_for_a_button_value_is_shown_to_be_typed_instead()
    {
        var line = "/insider " + new string('x', 2000) + " page:2";
        var message = Message(Paged(null, line));

        Assert.DoesNotContain(message["blocks"]!.AsArray(), b => b!["type"]!.ToString() == "actions");
        Assert.Contains(message["blocks"]!.AsArray(), b => b!["type"]!.ToString() == "context" && b["elements"]![0]!["text"]!.ToString().EndsWith("next page: " + line, StringComparison.Ordinal));
    }

    [Fact]
    public void Fifty_blocks_leave_room_for_the_buttons()
    {
        var reply = Paged(null, "/insiders TSLA 3650 page:2");
        reply = reply with { Sections = [.. Enumerable.Range(0, 60).Select(i => new TextSection($"paragraph {i}")), .. reply.Sections] };
        var blocks = Message(reply)["blocks"]!.AsArray();

        Assert.Equal(BlockKitLimits.Blocks, blocks.Count);
        Assert.Equal("actions", blocks[^1]!["type"]!.ToString());
    }

    [Theory]
    [InlineData(2001, 10, 10, "button value of 2001 characters")]
    [InlineData(10, 256, 10, "action_id of 256 characters")]
    [InlineData(10, 10, 256, "block_id of 256 characters")]
    public async Task The_fake_refuses_blocks_slack_refuses(int value, int actionId, int blockId, string problem)
    {
        await using var slack = await FakeSlack.StartAsync();
        var message = new JsonObject
        {
            ["text"] = "x",
            ["blocks"] = new JsonArray(new JsonObject
            {
                ["type"] = "actions",
                ["block_id"] = new string('b', blockId),
                ["elements"] = new JsonArray(new JsonObject
                {
                    ["type"] = "button", ["action_id"] = new string('a', actionId), ["value"] = new string('v', value),
                    ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Next" },
                }),
            }),
        };
        using var http = new HttpClient();

        var response = await http.PostAsync(slack.ResponseUrl("r"), new StringContent(message.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(slack.Responses);
        Assert.Throws<InvalidOperationException>(() => FakeBlocks.Press(slack, message, "Next", "r2"));
    }
}
