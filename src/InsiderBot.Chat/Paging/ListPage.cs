using InsiderBot.Chat.Export;
using InsiderBot.Chat.Replies;

namespace InsiderBot.Chat.Paging;

/// <summary>
/// Page <paramref name="Number"/> of a list of <paramref name="Total"/> entries shown <paramref name="Size"/> at a time:
/// which entries it holds, the refusal of a page past the end, and the <see cref="ReplyPaging"/> its reply carries.
/// </summary>
public sealed record ListPage(int Number, int Size, int Total)
{
    /// <summary>The page <paramref name="input"/> asks for, of at most <paramref name="size"/> entries (fewer where the platform shows fewer).</summary>
    public static ListPage For(CommandInput input, int size, int total) => new(input.Page, Math.Clamp(input.Origin.PageSize ?? size, 1, size), total);

    /// <summary>How many pages the list fills (at least one, so an empty list has a first page).</summary>
    public int Count => Math.Max(1, (Total + Size - 1) / Size);

    /// <summary>How many entries come before this page.</summary>
    public int Skip => (Number - 1) * Size;

    public List<T> Of<T>(IEnumerable<T> all) => all.Skip(Skip).Take(Size).ToList();

    /// <summary>How many entries come after this page.</summary>
    public int After => Math.Max(0, Total - Skip - Size);

    /// <summary>A one-line refusal when the page is past the end (the list shrank, or the number was typed), else null.</summary>
    public string? Refusal(string command, CommandInput input, string noun) => Number <= Count
        ? null
        : $"Page {Number} is past the end: the {Total} {noun} fill {Count} page{(Count == 1 ? "" : "s")}; e.g. {PageToken.Line(command, input.Arguments, Count)}.";

    /// <summary>The position and the lines for the neighbouring pages; null when the whole list fits on one page.</summary>
    public ReplyPaging? Paging(string command, CommandInput input, string noun) => Count == 1
        ? null
        : new ReplyPaging(
            noun,
            Math.Min(Total, Skip + 1),
            Math.Min(Total, Skip + Size),
            Total,
            Number > 1 ? PageToken.Line(command, Browsed(input), Number - 1) : null,
            Number < Count ? PageToken.Line(command, Browsed(input), Number + 1) : null);

    // A page turned is read, not taken away again: the export went with the answer that asked for it.
    internal static List<string> Browsed(CommandInput input) => input.Arguments.Where(a => !ExportOption.IsToken(a)).ToList();
}
