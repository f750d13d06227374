using System.Security.Cryptography;
using System.Text;

namespace InsiderBot.Chat.Tests.Alerts;

internal static class AlertPlannerIds
{
    public static string For(string subscription, string signal, int version) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{subscription}|{signal}|{version}")))[..25];
}
