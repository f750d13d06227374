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

    /// <summary>The <c>components</c> of a paged reply, or null when the lines do not fit on buttons.</summary>
    public static JsonArray? Components(ReplyPaging paging)
    {
        if (!Fit(paging)) return null;
        JsonNode Button(string label, string? line, string placeholder, int style) => new JsonObject
        {
            ["type"] = PagingButtons.Button,
            ["style"] = style,
            ["label"] = label,
            // A button without a page is shown disabled; its custom_id only has to be unique in the message.
            ["custom_id"] = line ?? placeholder,
            ["disabled"] = line is null,
        };

        return
        [
            new JsonObject
            {
                ["type"] = ActionRow,
                ["components"] = new JsonArray(
                    Button(PreviousLabel, paging.Previous, "paging:first", Secondary),
                    Button(NextLabel, paging.Next, "paging:last", Primary)),
            },
        ];
    }
}
