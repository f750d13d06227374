namespace InsiderBot.Filings;

/// <summary>All twenty Form 4 transaction codes, labelled from the SEC's Form 4 General Instructions.</summary>
public static class TransactionCodes
{
    public static IReadOnlyList<TransactionCode> All { get; } =
    [
        new("P", "Open-market purchase", "Open-market or private purchase of securities", CodeSignal.Bullish,
            "The clean bullish signal: an insider spent their own money on the stock, and a purchase has one motive."),
        new("S", "Open-market sale", "Open-market or private sale of securities", CodeSignal.NeedsContext,
            "Weak on its own: insiders sell to diversify, pay taxes, or on a 10b5-1 plan. It matters in clusters, near-complete liquidations, or large unexplained C-suite sales."),
        new("V", "Voluntary early report", "Transaction voluntarily reported earlier than required", CodeSignal.None,
            "A reporting choice, not a trade type: read the transaction it accompanies."),
        new("A", "Grant or award", "Grant, award or other acquisition from the issuer (Rule 16b-3(d))", CodeSignal.None,
            "Compensation: the company gave the shares, so no view is expressed."),
        new("D", "Disposition to the issuer", "Disposition of securities to the issuer (Rule 16b-3(e))", CodeSignal.None,
            "Usually a buy-back or forfeiture arranged with the company: mechanical."),
        new("F", "Tax withholding", "Payment of exercise price or tax liability by delivering or withholding securities incident to the receipt, exercise or vesting of a security (Rule 16b-3)", CodeSignal.None,
            "Automatic: shares withheld to pay tax or an exercise price when an award vests."),
        new("I", "Discretionary 16b-3(f) transaction", "Discretionary transaction under Rule 16b-3(f), such as an intra-plan transfer in an employee benefit plan", CodeSignal.Depends,
            "Context: a plan-level move chosen by the insider; read the footnote."),
        new("M", "Option exercise", "Exercise or conversion of a derivative security exempted under Rule 16b-3", CodeSignal.None,
            "Mechanical: turning options or units into shares. A same-day sale of those shares is mechanical too."),
        new("C", "Conversion", "Conversion of a derivative security", CodeSignal.None,
            "Mechanical: one security turned into another (preferred into common, notes into shares)."),
        new("E", "Short derivative expiration", "Expiration of a short derivative position", CodeSignal.None,
            "Mechanical: a written option expired."),
        new("H", "Long derivative expiration", "Expiration (or cancellation) of a long derivative position with value received", CodeSignal.None,
            "Mechanical: an option expired or was cancelled for value."),
        new("O", "Out-of-the-money exercise", "Exercise of an out-of-the-money derivative security", CodeSignal.None,
            "Mechanical, though paying more than market for shares can hint at conviction."),
        new("X", "In-the-money exercise", "Exercise of an in-the-money or at-the-money derivative security", CodeSignal.None,
            "Mechanical: an option exercise, often paired with a same-day sale."),
        new("G", "Gift", "Bona fide gift", CodeSignal.None,
            "Estate or charitable planning: no view on the price."),
        new("L", "Small acquisition", "Small acquisition under Rule 16a-6", CodeSignal.None,
            "Too small to carry information."),
        new("W", "Will or inheritance", "Acquisition or disposition by will or the laws of descent and distribution", CodeSignal.None,
            "An estate transfer: no view on the price."),
        new("Z", "Voting trust", "Deposit into or withdrawal from a voting trust", CodeSignal.None,
            "A change in who votes the shares, not who owns them economically."),
        new("J", "Other", "Other acquisition or disposition (described in a footnote)", CodeSignal.Depends,
            "Context: the footnote says what happened (distributions, transfers between entities, and so on)."),
        new("K", "Equity swap", "Transaction in an equity swap or instrument with similar characteristics", CodeSignal.Depends,
            "Context: a hedge or synthetic position; read the footnote for direction."),
        new("U", "Tender in change of control", "Disposition pursuant to a tender of shares in a change-of-control transaction", CodeSignal.None,
            "Forced by a takeover: no view on the price."),
    ];

    private static readonly Dictionary<string, TransactionCode> ByCode =
        All.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    public static bool IsKnown(string code) => ByCode.ContainsKey(code);

    public static TransactionCode? Find(string code) => ByCode.GetValueOrDefault(code.Trim());

    /// <summary>The code, or a stand-in that says the code is not one of the twenty.</summary>
    public static TransactionCode Describe(string code) =>
        Find(code) ?? new TransactionCode(code, $"Unknown code '{code}'", "Not one of the Form 4 transaction codes", CodeSignal.Depends, "Not a code the SEC defines: read the filing.");
}
