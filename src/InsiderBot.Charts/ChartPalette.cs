using SkiaSharp;

namespace InsiderBot.Charts;

/// <summary>The chart's colours. Marker fills are opaque so the exact colours can be found in the picture.</summary>
public static class ChartPalette
{
    public static readonly SKColor Buy = new(0x1E, 0x9E, 0x4A);
    public static readonly SKColor Sale = new(0xD9, 0x3A, 0x32);
    public static readonly SKColor Mechanical = new(0x8C, 0x96, 0xAA);
    public static readonly SKColor Window = new(0xFF, 0xEF, 0xC2);
    public static readonly SKColor WindowText = new(0x8A, 0x5A, 0x00);
    public static readonly SKColor Background = SKColors.White;
    public static readonly SKColor Grid = new(0xE8, 0xEA, 0xED);
    public static readonly SKColor Axis = new(0x5F, 0x63, 0x68);
    public static readonly SKColor Text = new(0x20, 0x21, 0x24);
    public static readonly SKColor MutedText = new(0x5F, 0x63, 0x68);
    public static readonly SKColor LabelBackground = new(0xFF, 0xFF, 0xFF, 0xE6);

    public static SKColor Of(MarkerKind kind) => kind switch
    {
        MarkerKind.Buy => Buy,
        MarkerKind.Sale => Sale,
        _ => Mechanical,
    };
}
