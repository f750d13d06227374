namespace InsiderBot.Discord.Gateway;

/// <summary>Discord's gateway close codes (topics/opcodes-and-status-codes.mdx): which allow a reconnect, and what to fix when not.</summary>
public static class GatewayCloseCodes
{
    /// <summary>4004: the token was rejected; a configuration problem (exit code 2), never a reconnect.</summary>
    public const int AuthenticationFailed = 4004;

    /// <summary>4003 (not authenticated: a payload before IDENTIFY) has no session to resume, so it identifies anew like 4007 and 4009.</summary>
    public static GatewayOutcome OutcomeOf(int? code) => code switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => GatewayOutcome.Fatal,
        4003 or 4007 or 4009 => GatewayOutcome.Identify,
        _ => GatewayOutcome.Resume,
    };

    /// <summary>The sentence for the log when the gateway refuses the bot for good.</summary>
    public static string WhatToFix(int? code) => code switch
    {
        4004 => "Discord rejected the bot token (4004 Authentication failed): set a valid Discord:Token (Developer Portal → Bot → Reset Token).",
        4010 => "Discord says the shard is invalid (4010): this bot runs unsharded; check no other process identifies with this token.",
        4011 => "Discord requires sharding (4011): the bot is in too many servers for one connection; use Discord:Mode=http instead.",
        4012 => "Discord rejected the gateway API version (4012): keep Discord:GatewayUrl at wss://gateway.discord.gg (v10 is appended).",
        4013 => "Discord rejected the intents (4013 Invalid intents): this is a bug in the bot; report it.",
        4014 => "Discord refused privileged intents (4014 Disallowed intents): enable them in Developer Portal → Bot, or remove them.",
        _ => $"Discord closed the gateway with {code}.",
    };
}
