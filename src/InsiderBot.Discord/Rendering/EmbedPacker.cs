namespace InsiderBot.Discord.Rendering;

/// <summary>
/// Fills embeds in order without ever breaking a Discord limit: long descriptions and many fields continue in the
/// next embed; what does not fit in ten embeds or 6000 characters is left out, and the footer says so.
/// </summary>
internal sealed class EmbedPacker
{
    private const int NoteReserve = 100;
    private readonly List<EmbedDraft> embeds = [];
    private readonly int budget;
    private int omitted;

    public EmbedPacker(int footerLength) => budget = DiscordLimits.TotalPerMessage - NoteReserve - Math.Min(footerLength, DiscordLimits.Footer - NoteReserve);

    public IReadOnlyList<EmbedDraft> Embeds => embeds;

    public bool Trimmed => omitted > 0;

    private EmbedDraft? Current => embeds.Count == 0 ? null : embeds[^1];

    private int Used => embeds.Sum(e => e.Size);

    /// <summary>Begins a new embed with a title (a new part of the reply).</summary>
    public void Start(string? title)
    {
        if (Trimmed || embeds.Count == DiscordLimits.Embeds) return;
        var draft = new EmbedDraft(title);
        if (Used + draft.Size > budget) return;
        embeds.Add(draft);
    }

    /// <summary>Adds one unit of description (may hold line breaks; never split). Discord shows an embed's description above its fields.</summary>
    public void AddLine(string line)
    {
        line = DiscordLimits.Clip(line, DiscordLimits.Description);
        if (!Room(line.Length + 1)) return;
        if (Current is not { } current || !current.FitsLine(line))
        {
            if (!Continue()) return;
        }

        Current!.Lines.Add(line);
    }

    public void AddField(string name, string value, bool inline)
    {
        name = DiscordLimits.Clip(name.Length == 0 ? "\u200b" : name, DiscordLimits.FieldName);
        value = DiscordLimits.Clip(value.Length == 0 ? "\u200b" : value, DiscordLimits.FieldValue);
        if (!Room(name.Length + value.Length)) return;
        if (Current is not { } current || current.Fields.Count == DiscordLimits.Fields)
        {
            if (!Continue()) return;
        }

        Current!.Fields.Add((name, value, inline));
    }

    /// <summary>Puts the footer (and the note about what was left out) on the last embed.</summary>
    public void Finish(string? footer, string? imageUrl)
    {
        if (embeds.Count == 0) embeds.Add(new EmbedDraft(null));
        var note = Trimmed ? $"{omitted} more part{(omitted == 1 ? "" : "s")} left out to fit Discord; narrow the request to see them." : null;
        var text = string.Join(" · ", new[] { note, footer }.Where(t => !string.IsNullOrEmpty(t)));
        if (text.Length > 0) embeds[^1].Footer = DiscordLimits.Clip(text, DiscordLimits.Footer);
        if (imageUrl is not null) embeds[0].ImageUrl = imageUrl;
    }

    private bool Room(int size)
    {
        if (!Trimmed && Used + size <= budget) return true;
        omitted++;
        return false;
    }

    private bool Continue()
    {
        if (embeds.Count < DiscordLimits.Embeds)
        {
            embeds.Add(new EmbedDraft(null));
            return true;
        }

        omitted++;
        return false;
    }
}
