namespace InsiderBot.Charts;

/// <param name="LabelLeft">Where the label's text starts, in pixels.</param>
internal sealed record TimeTick(DateOnly Day, string Label, float LabelLeft);
