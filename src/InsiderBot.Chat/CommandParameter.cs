namespace InsiderBot.Chat;

/// <summary>
/// A command's parameter. Platforms that declare commands (Discord options, the Slack manifest's usage hints) build
/// their declarations from these, so option names stay one contract.
/// </summary>
public sealed record CommandParameter(
    string Name,
    string Description,
    bool Required = false,
    ParameterKind Kind = ParameterKind.Text,
    IReadOnlyList<string>? Choices = null,
    bool Autocomplete = false,
    bool TakesRest = false);
