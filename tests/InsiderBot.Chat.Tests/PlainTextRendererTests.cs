using InsiderBot.Chat.Replies;

namespace InsiderBot.Chat.Tests;

public sealed class PlainTextRendererTests
{
    [Fact]
    public void Render_ShowsEverySectionKind()
    {
        var reply = new ChatReply
        {
            Title = "TSLA — Tesla",
            Sections =
            [
                new FieldsSection([new ReplyField("Buying", "none"), new ReplyField("Discretionary selling", "$1.1B")]),
                new TextSection("*No open-market buying.*"),
                new ItemsSection("2 trades", [new ReplyItem("2022-12-14 · Musk", "6.9 million shares", "Discretionary sale — worth a look")], Omitted: 1),
                new TableSection(["code", "meaning"], [["P", "Open-market purchase"], ["S", "Open-market sale"]]),
            ],
            Footer = "From SEC Form 4 filings.",
        };

        var text = PlainTextRenderer.Render(reply);

        Assert.Equal(
            """
            TSLA — Tesla
            ============
            Buying:                none
            Discretionary selling: $1.1B

            No open-market buying.

            2 trades:
              • 2022-12-14 · Musk
                6.9 million shares
                → Discretionary sale — worth a look
              … and 1 more, left out to fit this message

            CODE  MEANING
            P     Open-market purchase
            S     Open-market sale

            From SEC Form 4 filings.

            """.Replace("\r\n", "\n", StringComparison.Ordinal), text.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_WithoutFooter_EndsInOneNewLineAfterTheLastSection()
    {
        var reply = new ChatReply { Title = "AAPL", Sections = [new TextSection("Nothing in the window.  \n\n")] };

        var text = PlainTextRenderer.Render(reply);

        Assert.Equal("AAPL\n====\nNothing in the window.\n", text.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Error_IsOneLine() =>
        Assert.Equal("Unknown ticker XYZ.", PlainTextRenderer.Render(ChatReply.Error("Unknown ticker XYZ.")));
}
