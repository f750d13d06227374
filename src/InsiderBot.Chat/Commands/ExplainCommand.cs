using InsiderBot.Chat.Formatting;
using InsiderBot.Chat.Replies;
using InsiderBot.Filings;

namespace InsiderBot.Chat.Commands;

/// <summary><c>/explain CODE</c>: what a Form 4 transaction code means and whether it carries a directional signal.</summary>
public sealed class ExplainCommand : IImmediateCommand
{
    public string Name => "explain";

    public string Description => "What a Form 4 transaction code means and whether it signals anything";

    public IReadOnlyList<CommandParameter> Parameters { get; } =
        [new("code", "A transaction code (P, S, M, F, A, G …); leave out for the whole table", Choices: TransactionCodes.All.Select(c => c.Code).ToList())];

    public ChatReply Execute(CommandInput input)
    {
        var code = input.Argument(0)?.Trim();
        if (string.IsNullOrEmpty(code) || input.Arguments.Count == 0) return Table();
        if (input.Arguments.Count > 1)
            return ChatReply.Error($"/explain takes one code, e.g. /explain P. Valid codes: {ValidCodes}.");

        var found = TransactionCodes.Find(code);
        if (found is null)
            return ChatReply.Error($"Unknown transaction code '{EchoedInput.Clip(code)}'. Valid codes: {ValidCodes}.");

        return new ChatReply
        {
            Title = $"{found.Code} — {found.Label}",
            Tone = found.Signal switch { CodeSignal.Bullish => ReplyTone.Buying, CodeSignal.NeedsContext => ReplyTone.Selling, _ => ReplyTone.Neutral },
            Sections =
            [
                new FieldsSection(
                [
                    new ReplyField("SEC meaning", found.Meaning),
                    new ReplyField("Directional signal", SignalWords(found.Signal)),
                ]),
                new TextSection(found.Reading),
            ],
        };
    }

    private static string ValidCodes => string.Join(", ", TransactionCodes.All.Select(c => c.Code));

    private static string SignalWords(CodeSignal signal) => signal switch
    {
        CodeSignal.Bullish => "Yes — bullish",
        CodeSignal.NeedsContext => "Weak — needs context",
        CodeSignal.Depends => "Depends — read the footnote",
        _ => "No — mechanical or compensation",
    };

    private static ChatReply Table() => new()
    {
        Title = "Form 4 transaction codes",
        Sections =
        [
            new TableSection(["code", "meaning", "signal"],
                TransactionCodes.All.Select(c => (IReadOnlyList<string>)[c.Code, c.Label, SignalWords(c.Signal)]).ToList()),
            new TextSection("P is the clean bullish signal. S is weak and needs context. M, F, A and G are mechanical or compensation."),
        ],
        Footer = "Type /explain CODE for one code, e.g. /explain S.",
    };
}
