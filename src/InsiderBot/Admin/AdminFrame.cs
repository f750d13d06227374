using System.Text.Json.Serialization;

namespace InsiderBot.Admin;

/// <summary>
/// One line of the running bot's answer to an <see cref="AdminRequest"/>: text for stdout (<c>o</c>), text for
/// stderr (<c>e</c>), or the verb's exit code (<c>x</c>), which ends the answer.
/// </summary>
public sealed record AdminFrame(
    [property: JsonPropertyName("o")] string? Out = null,
    [property: JsonPropertyName("e")] string? Error = null,
    [property: JsonPropertyName("x")] int? ExitCode = null);
