namespace InsiderBot.Charts;

/// <summary>Which part of the chart a <see cref="ChartLabel"/> belongs to.</summary>
public enum ChartLabelKind
{
    Title,
    Legend,
    Caption,
    PriceAxis,
    TimeAxis,
    Window,
    Trade,
    Note,
}
