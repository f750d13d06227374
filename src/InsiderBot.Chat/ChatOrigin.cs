namespace InsiderBot.Chat;

/// <summary>Where a command came from. <paramref name="CanManage"/> is the platform's answer to "may this user manage alerts here?".</summary>
public sealed record ChatOrigin(string Platform, string Workspace, string Channel, string User, bool CanManage)
{
    public static ChatOrigin Console { get; } = new("console", "local", "console", Environment.UserName, true);
}
