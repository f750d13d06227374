namespace InsiderBot.Fakes.Discord;

/// <summary>A message as the channel shows it: one per created message id, its body replaced by edits.</summary>
public sealed record FakeChannelMessage(string Id, string Channel, string? Nonce, string Body, int Edits = 0);
