using System.Text.Json.Nodes;
using InsiderBot.Chat.Replies;

namespace InsiderBot.Slack.Blocks;

/// <summary>
/// A listing's previous/next buttons as one Block Kit <c>actions</c> block: each button's <c>value</c> is the command
/// line of its page, which comes back in the <c>block_actions</c> payload when it is pressed. A line longer than Slack's
/// 2,000 characters cannot ride on a button; then the listing says which command to type instead (<see cref="Fit"/>).
/// </summary>
public static class PagingActions
{
    public const string BlockId = "paging";
    public const string PreviousAction = "page_previous";
    public const string NextAction = "page_next";
    public const string RestAction = "page_rest";
    public const int MaxValue = 2000;

    public static bool Fit(ReplyPaging paging) => (paging.Previous?.Length ?? 0) <= MaxValue && (paging.Next?.Length ?? 0) <= MaxValue;

    /// <summary>
    /// The actions block: the listing's previous/next buttons, and a button to the listing of what a shortened list leaves
    /// out (<see cref="ItemsSection.Rest"/>); null when there is no other page or the lines do not fit.
    /// </summary>
    public static JsonObject? Block(ChatReply reply)
    {
        var buttons = new JsonArray();
        if (ReplyPaging.Of(reply) is { } paging && Fit(paging))
        {
            if (paging.Previous is { } previous) buttons.Add(Button(PreviousAction, "◀ Previous", previous, primary: false));
            if (paging.Next is { } next) buttons.Add(Button(NextAction, "Next ▶", next, primary: true));
        }

        if (ReplyLink.Of(reply) is { Rest.Line.Length: <= MaxValue, RestLabel: { } label } shortened) buttons.Add(Button(RestAction, label, shortened.Rest!.Line, primary: false));
        if (buttons.Count == 0) return null;
        return new JsonObject { ["type"] = "actions", ["block_id"] = BlockId, ["elements"] = buttons };
    }

    private static JsonObject Button(string actionId, string label, string line, bool primary)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = actionId,
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = label, ["emoji"] = true },
            ["value"] = line,
        };
        if (primary) button["style"] = "primary";
        return button;
    }
}
