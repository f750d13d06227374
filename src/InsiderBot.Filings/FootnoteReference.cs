namespace InsiderBot.Filings;

/// <summary>A <c>footnoteId</c> as it sits in the form: the element it marks and the footnote's id.</summary>
public sealed record FootnoteReference(string Field, string Id);
