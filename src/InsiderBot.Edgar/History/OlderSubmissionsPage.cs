namespace InsiderBot.Edgar.History;

/// <summary>An older page of a company's submissions (<c>filings.files</c>): its file name and the filing dates it spans.</summary>
public sealed record OlderSubmissionsPage(string Name, DateOnly? From, DateOnly? To);
