using System.Text.Json.Nodes;
using InsiderBot.Chat.Replies;

namespace InsiderBot.Discord.Rendering;

/// <summary>
/// A listing's previous/next buttons: one action row whose buttons carry the command line of their page as
/// <c>custom_id</c>. A line longer than Discord's 100 characters cannot ride on a button; then the listing says which
/// command to type instead (<see cref="Fit"/>).
/// </summary>
public static class PagingButtons
{
    public const int ActionRow = 1;
    public const int Button = 2;
    public const int Primary = 1;
    public const int Secondary = 2;
    public const int CustomId = 100;
    public const int Label = 80;
    public const string PreviousLabel = "◀ Previous";
    public const string NextLabel = "Next ▶";

    /// <summary>True when both page lines fit in a <c>custom_id</c>.</summary>
    public static bool Fit(ReplyPaging paging) =>
        (paging.Previous?.Length ?? 0) <= CustomId && (paging.Next?.Length ?? 0) <= CustomId;

    /// <summary>
    /// The <c>components</c> of a reply: its listing's previous/next buttons, and a button to the listing of what a
    /// shortened list leaves out (<see cref="ItemsSection.Rest"/>); null when there is neither, or the lines do not fit.
    /// </summary>
    public static JsonArray? Components(ChatReply reply)
    {
        var buttons = new JsonArray();
        if (ReplyPaging.Of(reply) is { } paging && Fit(paging))
            foreach (var button in Buttons(paging)) buttons.Add(button);
        if (ReplyLink.Of(reply) is { Rest.Line.Length: <= CustomId } shortened)
        {
            buttons.Add(new JsonObject
            {
                ["type"] = Button,
                ["style"] = Secondary,
                ["label"] = DiscordLimits.Clip(shortened.RestLabel!, Label),
                ["custom_id"] = shortened.Rest!.Line,
            });
        }

        return buttons.Count == 0 ? null : [new JsonObject { ["type"] = ActionRow, ["components"] = buttons }];
    }

    private static JsonNode[] Buttons(ReplyPaging paging)
    {
        JsonNode Button(string label, string? line, string placeholder, int style) => new JsonObject
        {
            ["type"] = PagingButtons.Button,
            ["style"] = style,
            ["label"] = label,
            // A button without a page is shown disabled; its custom_id only has to be unique in the message.
            ["custom_id"] = line ?? placeholder,
            ["disabled"] = line is null,
        };

        return [Button(PreviousLabel, paging.Previous, "paging:first", Secondary), Button(NextLabel, paging.Next, "paging:last", Primary)];
    }
}
