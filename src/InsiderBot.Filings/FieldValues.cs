namespace InsiderBot.Filings;

/// <summary>
/// The text of each <see cref="Form4Field"/> inside one element (issuer, owner, row). Reused from element to element
/// within a parse; text split over several nodes is joined, as the form's text is.
/// </summary>
internal sealed class FieldValues
{
    private static readonly int Count = Enum.GetValues<Form4Field>().Length;

    private readonly string?[] values = new string?[Count];

    public string? this[Form4Field field] => values[(int)field];

    /// <summary>The field's text, or "" when the element did not give it.</summary>
    public string Text(Form4Field field) => values[(int)field] ?? "";

    public void Append(int field, string text)
    {
        var earlier = values[field];
        values[field] = earlier is null ? text : earlier + text;
    }

    public void Clear() => Array.Clear(values);

    public FieldValues Copy()
    {
        var copy = new FieldValues();
        values.CopyTo(copy.values, 0);
        return copy;
    }
}
