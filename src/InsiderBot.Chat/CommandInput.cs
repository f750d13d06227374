namespace InsiderBot.Chat;

/// <summary>A command's arguments in the order of its parameters, and where it came from.</summary>
public sealed record CommandInput(IReadOnlyList<string> Arguments, ChatOrigin Origin)
{
    public string? Argument(int index) => index < Arguments.Count ? Arguments[index] : null;
}
