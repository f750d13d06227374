using System.Text.Json;
using InsiderBot.Chat.Replies;
using InsiderBot.Discord.Rendering;
using InsiderBot.Fakes.Discord;

namespace InsiderBot.Discord.Tests;

/// <summary>Previous/Next buttons as Discord takes them, and the fake as strict about components as Discord is.</summary>
public sealed class PagingRenderTests
{
    private readonly DiscordMessageRenderer renderer = new();

    private static ChatReply Paged(string? previous, string? next) => new()
    {
        Title = "TSLA — Tesla, Inc.: insider trades, last 3650 days",
        Sections =
        [
            new ItemsSection("91 trades, newest first", [new ReplyItem("2022-12-14 · Musk", "6.9 million shares", "sale")], 70)
            {
                Paging = new ReplyPaging("trades", 11, 20, 91, previous, next),
            },
        ],
    };

    private static string Descriptions(JsonElement message) =>
        string.Join('\n', message.GetProperty("embeds").EnumerateArray().Select(e => e.TryGetProperty("description", out var d) ? d.GetString() : ""));

    private JsonElement Render(ChatReply reply)
    {
        using var document = JsonDocument.Parse(renderer.Render(reply).Payload.ToJsonString());
        return document.RootElement.Clone();
    }

    [Fact]
    public void A_page_carries_its_position_and_buttons_whose_custom_id_is_the_page_line()
    {
        var message = Render(Paged("/insiders TSLA 3650 page:1", "/insiders TSLA 3650 page:3"));

        Assert.Empty(FakeComponents.Problems(message));
        Assert.Contains("trades 11–20 of 91", Descriptions(message), StringComparison.Ordinal);
        Assert.Equal("/insiders TSLA 3650 page:1", FakeComponents.Button(message, PagingButtons.PreviousLabel)!.Value.GetProperty("custom_id").GetString());
        Assert.Equal("/insiders TSLA 3650 page:3", FakeComponents.Button(message, PagingButtons.NextLabel)!.Value.GetProperty("custom_id").GetString());
        Assert.Equal(0, message.GetProperty("attachments").GetArrayLength()); // a later page drops the first page's chart
    }

    [Fact]
    public void The_first_page_shows_previous_disabled()
    {
        var message = Render(Paged(null, "/insiders TSLA 3650 page:2"));

        Assert.Empty(FakeComponents.Problems(message));
        Assert.Null(FakeComponents.Button(message, PagingButtons.PreviousLabel));
        Assert.Equal(2, message.GetProperty("components")[0].GetProperty("components").GetArrayLength());
    }

    [Fact]
    public void A_page_line_too_long_for_a_custom_id_is_shown_to_be_typed_instead_of_a_button()
    {
        var line = "/insiders TSLA from:2022-04-01 to:2022-04-30 " + new string('x', 60) + " page:12";
        var message = Render(Paged(null, line));

        Assert.True(line.Length > FakeComponents.MaxCustomId);
        Assert.False(message.TryGetProperty("components", out _));
        Assert.Contains($"trades 11–20 of 91 · next page: {line}", Descriptions(message), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(101, 1, 1, 10, "custom_id of 101 characters")]
    [InlineData(20, 6, 1, 10, "an action row holds 6 buttons")]
    [InlineData(20, 1, 6, 10, "6 action rows")]
    [InlineData(20, 1, 1, 81, "button label of 81 characters")]
    public async Task The_fake_refuses_components_discord_refuses(int customId, int buttons, int rows, int label, string problem)
    {
        var components = Enumerable.Range(0, rows).Select(r => new
        {
            type = 1,
            components = Enumerable.Range(0, buttons).Select(b => new { type = 2, style = 1, label = new string('L', label), custom_id = $"{r}{b}".PadRight(customId, 'c') }).ToArray(),
        }).ToArray();
        var body = JsonSerializer.Serialize(new { embeds = new[] { new { description = "x" } }, components });
        await using var discord = await FakeDiscord.StartAsync();
        using var http = new HttpClient();

        var response = await http.PatchAsync($"{discord.ApiBaseUrl}/webhooks/{FakeInteractions.ApplicationId}/tok/messages/@original", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(problem, Assert.Single(FakeComponents.Problems(JsonDocument.Parse(body).RootElement)), StringComparison.Ordinal);
    }
}
