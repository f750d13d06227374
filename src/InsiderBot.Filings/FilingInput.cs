namespace InsiderBot.Filings;

/// <summary>
/// One file found under an import path: where it is and how to read its bytes (at most
/// <see cref="ImportOptions.MaxFileBytes"/> of them), or why it is not read at all.
/// </summary>
public sealed record FilingInput(string Source, Func<byte[]> ReadAllBytes)
{
    /// <summary>Why the input is set aside unread (too large, empty, a zip nested too deep …); null when it is read.</summary>
    public string? Refusal { get; init; }

    public static FilingInput Refused(string source, string reason) =>
        new(source, () => throw new InvalidOperationException($"{source} is refused: {reason}")) { Refusal = reason };
}
