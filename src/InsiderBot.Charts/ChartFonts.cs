using SkiaSharp;

namespace InsiderBot.Charts;

/// <summary>
/// DejaVu Sans, embedded: the Linux native build of SkiaSharp has no fontconfig, so the system has no fonts to offer.
/// Loaded once; typefaces are immutable and shared across renders.
/// </summary>
internal static class ChartFonts
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));

    public static SKFont Regular(float size) => Create(RegularFace.Value, size);

    public static SKFont Bold(float size) => Create(BoldFace.Value, size);

    private static SKFont Create(SKTypeface face, float size) => new(face, size)
    {
        // Grey-scale anti-aliasing: sub-pixel (LCD) text would put coloured fringes into a PNG.
        Edging = SKFontEdging.Antialias,
        Hinting = SKFontHinting.Normal,
        Subpixel = true,
    };

    private static SKTypeface Load(string file)
    {
        var name = "InsiderBot.Charts.Fonts." + file;
        using var resource = typeof(ChartFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded font {name} is missing from the build.");

        // An in-memory copy the typeface keeps for the life of the process.
        var copy = new MemoryStream();
        resource.CopyTo(copy);
        copy.Position = 0;
        return SKTypeface.FromStream(copy)
            ?? throw new InvalidOperationException($"Embedded font {name} could not be read.");
    }
}
