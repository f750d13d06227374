using System.Globalization;

namespace InsiderBot.Filings;

/// <summary>A size as a person reads it: "16 MB", "4 GB", "900 bytes" (binary units).</summary>
public static class ByteCount
{
    public static string Describe(long bytes)
    {
        string[] units = ["bytes", "KB", "MB", "GB", "TB"];
        var unit = 0;
        double value = bytes;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return unit == 0
            ? $"{bytes.ToString("#,0", CultureInfo.InvariantCulture)} bytes"
            : $"{value.ToString(value < 10 && value % 1 != 0 ? "0.#" : "0", CultureInfo.InvariantCulture)} {units[unit]}";
    }
}
