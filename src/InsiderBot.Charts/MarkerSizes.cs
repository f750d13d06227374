namespace InsiderBot.Charts;

/// <summary>Marker radius from dollar value: area proportional to value, against the chart's largest trade.</summary>
internal sealed class MarkerSizes(double largestValue)
{
    public const float SmallestSignal = 4.5f;
    public const float LargestSignal = 26f;
    public const float SmallestMechanical = 3f;
    public const float LargestMechanical = 8f;

    public float Radius(ChartPoint point)
    {
        var share = largestValue > 0 ? Math.Sqrt(Math.Max(0, point.Value) / largestValue) : 0;
        return point.Kind == MarkerKind.Mechanical
            ? Math.Max(SmallestMechanical, (float)(share * LargestMechanical))
            : Math.Max(SmallestSignal, (float)(share * LargestSignal));
    }
}
