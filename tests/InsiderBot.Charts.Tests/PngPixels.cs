using SkiaSharp;

namespace InsiderBot.Charts.Tests;

/// <summary>A decoded PNG and how many of its pixels are (within a small tolerance) a given colour.</summary>
public sealed class PngPixels
{
    private readonly SKColor[] pixels;

    public PngPixels(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Width = bitmap.Width;
        Height = bitmap.Height;
        pixels = bitmap.Pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public int Count(SKColor colour, int tolerance = 3) => pixels.Count(p =>
        Math.Abs(p.Red - colour.Red) <= tolerance &&
        Math.Abs(p.Green - colour.Green) <= tolerance &&
        Math.Abs(p.Blue - colour.Blue) <= tolerance);

    public int NotBackground => pixels.Count(p => p != SKColors.White);

    public SKColor At(int x, int y) => pixels[y * Width + x];
}
