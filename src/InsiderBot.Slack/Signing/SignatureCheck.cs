namespace InsiderBot.Slack.Signing;

/// <summary>The verdict on one signed request from Slack.</summary>
public enum SignatureCheck
{
    Valid,
    MissingHeaders,
    MalformedTimestamp,
    OutsideWindow,
    Mismatch,
}
