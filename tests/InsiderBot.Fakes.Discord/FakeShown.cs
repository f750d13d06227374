using System.Text.Json;

namespace InsiderBot.Fakes.Discord;

/// <summary>What a user sees after an interaction: the answer's type, the message, and whether it came as a follow-up (a new message) rather than in place.</summary>
public sealed record FakeShown(int Type, JsonElement Message, bool FollowUp)
{
    public bool Ephemeral => Message.TryGetProperty("flags", out var flags) && (flags.GetInt32() & 64) != 0;
}
