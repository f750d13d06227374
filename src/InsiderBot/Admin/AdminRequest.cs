namespace InsiderBot.Admin;

/// <summary>An operator verb handed to the running bot: <c>ask</c>, <c>import</c>, <c>quarantine</c>, <c>backfill</c> or <c>backup</c>.</summary>
public sealed record AdminRequest(string Verb, IReadOnlyList<string> Operands);
