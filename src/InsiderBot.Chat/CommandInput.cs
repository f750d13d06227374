namespace InsiderBot.Chat;

/// <summary>A command's arguments in the order of its parameters, and where it came from.</summary>
public sealed record CommandInput(IReadOnlyList<string> Arguments, ChatOrigin Origin)
{
    /// <summary>The page of its listing asked for with <c>page:N</c> (taken out of <see cref="Arguments"/>); 1 when none was.</summary>
    public int Page { get; init; } = 1;

    public string? Argument(int index) => index < Arguments.Count ? Arguments[index] : null;
}
