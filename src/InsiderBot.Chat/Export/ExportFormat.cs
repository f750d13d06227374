namespace InsiderBot.Chat.Export;

/// <summary>How a window's transactions are written to take away.</summary>
public enum ExportFormat
{
    Csv,
    Json,
}
