namespace InsiderBot.Chat.Export;

/// <summary>
/// One field of an exported transaction: its name (the CSV header and the JSON key) and its value, which is a string,
/// a decimal, a long, a bool, a date or a list of strings, or null.
/// </summary>
public sealed record ExportField(string Name, Func<ExportedTransaction, object?> Value)
{
    /// <summary>Every field, in column order. The README documents each; the golden export test pins them.</summary>
    public static IReadOnlyList<ExportField> All { get; } =
    [
        new("date", t => t.Date),
        new("filed_on", t => t.FiledOn),
        new("accession", t => t.Accession),
        new("transaction_id", t => t.Id),
        new("amended", t => t.Amended),
        new("ticker", t => t.Ticker),
        new("issuer_cik", t => t.IssuerCik),
        new("issuer", t => t.Issuer),
        new("insider_cik", t => t.InsiderCik),
        new("insider", t => t.Insider),
        new("joint_owners", t => t.JointOwners),
        new("role", t => t.Roles),
        new("officer_title", t => t.OfficerTitle),
        new("code", t => t.Code),
        new("code_label", t => t.CodeLabel),
        new("nature", t => t.Nature),
        new("table", t => t.Table),
        new("security", t => t.Security),
        new("acquired_disposed", t => t.AcquiredDisposed),
        new("direct_indirect", t => t.DirectOrIndirect),
        new("shares", t => t.Shares),
        new("shares_split_adjusted", t => t.SharesSplitAdjusted),
        new("price", t => t.Price),
        new("price_split_adjusted", t => t.PriceSplitAdjusted),
        new("value", t => t.Value),
        new("owned_after", t => t.OwnedAfter),
        new("position_change", t => t.PositionChange),
        new("plan_10b5_1", t => t.Plan),
        new("plan_adopted_on", t => t.PlanAdoptedOn),
        new("plan_basis", t => t.PlanBasis),
        new("exercise_tax_link", t => t.Link),
        new("linked_transaction_ids", t => t.LinkedIds),
        new("flags", t => t.Flags),
        new("signal_ids", t => t.SignalIds),
        new("reading", t => t.Reading),
    ];
}
