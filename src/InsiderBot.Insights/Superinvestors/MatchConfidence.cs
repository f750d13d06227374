namespace InsiderBot.Insights.Superinvestors;

/// <summary>How sure the link between a 13F holding and a Form 4 issuer is.</summary>
public enum MatchConfidence
{
    /// <summary>A person set the CUSIP in <c>Superinvestors:Matches</c>.</summary>
    Configured,
    /// <summary>The names are the same once suffixes, share classes, punctuation and case are stripped.</summary>
    ExactName,
    /// <summary>One name's words start the other's ("ALPHABET" and "ALPHABET CAPITAL"): worth a check.</summary>
    LikelyName,
}
