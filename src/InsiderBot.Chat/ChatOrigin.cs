namespace InsiderBot.Chat;

/// <summary>Where a command came from. <paramref name="CanManage"/> is the platform's answer to "may this user manage alerts here?".</summary>
public sealed record ChatOrigin(string Platform, string Workspace, string Channel, string User, bool CanManage)
{
    /// <summary>
    /// The most entries of a listing one answer shows on this platform (a Discord message holds 6,000 characters); null
    /// leaves the page size to the command. Pages of a listing asked for on one platform are cut the same way each time.
    /// </summary>
    public int? PageSize { get; init; }

    public static ChatOrigin Console { get; } = new("console", "local", "console", Environment.UserName, true);
}
