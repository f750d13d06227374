namespace InsiderBot.Chat;

/// <summary>
/// The exit code the bot ends with. 0 normally; 2 when a platform rejected a configured credential, the product's
/// code for "configuration problem, do not restart" (the systemd unit and the Docker instructions do not restart it).
/// </summary>
public sealed class BotExit
{
    public const int ConfigurationProblemCode = 2;

    private volatile int code;

    public int Code => code;

    /// <summary>Marks the run as ended by a configuration problem; the caller logs the line naming the key and stops the host.</summary>
    public void ConfigurationProblem() => code = ConfigurationProblemCode;
}
