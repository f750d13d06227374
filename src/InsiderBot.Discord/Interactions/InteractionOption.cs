namespace InsiderBot.Discord.Interactions;

/// <summary>One option the user filled in; <paramref name="Focused"/> marks the one being typed during autocomplete.</summary>
public sealed record InteractionOption(string Name, string? Value, bool Focused = false);
