namespace InsiderBot.Discord.Rest;

/// <summary>
/// The rate-limit identity of a request: the route with its minor ids blanked, and its major parameters (channel,
/// guild, webhook + token, interaction), which Discord keys buckets by.
/// </summary>
public sealed record DiscordRoute(string Template, string Major)
{
    private static readonly string[] MajorResources = ["channels", "guilds", "webhooks", "interactions"];

    public bool IsInteractionCallback => Template.Contains("/interactions/", StringComparison.Ordinal);

    public static DiscordRoute Of(HttpMethod method, string path)
    {
        var segments = path.Split('?')[0].Trim('/').Split('/');
        var template = new List<string>(segments.Length);
        var major = new List<string>();
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var previous = i == 0 ? "" : segments[i - 1];
            var isId = segment.Length > 0 && segment.All(char.IsAsciiDigit);
            if (isId && MajorResources.Contains(previous))
            {
                major.Add(segment);
                template.Add("{" + previous + "}");
                // The webhook/interaction token after the id is part of the major parameter too.
                if (previous is "webhooks" or "interactions" && i + 1 < segments.Length)
                {
                    major.Add(segments[++i]);
                    template.Add("{token}");
                }
            }
            else
            {
                template.Add(isId ? "{id}" : segment);
            }
        }

        return new DiscordRoute($"{method.Method} /{string.Join('/', template)}", string.Join('/', major));
    }
}
