namespace InsiderBot.Charts;

/// <summary>A piece of text the chart draws (title, legend, axis, caption, window or trade label) and the box it takes.</summary>
public sealed record ChartLabel(ChartLabelKind Kind, string Text, float Left, float Top, float Right, float Bottom)
{
    /// <summary>True when the two boxes share any area (touching edges do not count).</summary>
    public bool Overlaps(ChartLabel other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
    }
}
