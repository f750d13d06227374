namespace InsiderBot.Chat;

/// <summary>
/// A command's parameter. Platforms that declare commands (Discord options, the Slack manifest's usage hints) build
/// their declarations from these, so option names stay one contract.
/// </summary>
/// <param name="Named">
/// Typed as <c>name:value</c> anywhere after the subject (<c>export:csv</c>); a platform with named options passes its
/// value the same way, so the command reads one form.
/// </param>
public sealed record CommandParameter(
    string Name,
    string Description,
    bool Required = false,
    ParameterKind Kind = ParameterKind.Text,
    IReadOnlyList<string>? Choices = null,
    bool Autocomplete = false,
    bool TakesRest = false,
    bool Named = false);
