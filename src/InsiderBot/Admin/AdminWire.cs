using System.Text;
using System.Text.Json;

namespace InsiderBot.Admin;

/// <summary>Newline-delimited JSON over the admin socket: one request line, then answer frames until the exit code.</summary>
public static class AdminWire
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static byte[] Line<T>(T value) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value, Json) + "\n");

    public static T? Parse<T>(string line) => JsonSerializer.Deserialize<T>(line, Json);
}
