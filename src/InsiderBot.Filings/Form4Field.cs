namespace InsiderBot.Filings;

/// <summary>
/// The leaf fields of an ownership document the model reads, each the element that holds a value
/// (<c>&lt;transactionShares&gt;&lt;value&gt;…</c> is <see cref="TransactionShares"/>).
/// </summary>
internal enum Form4Field
{
    IssuerCik,
    IssuerName,
    IssuerTradingSymbol,
    RptOwnerCik,
    RptOwnerName,
    IsDirector,
    IsOfficer,
    IsTenPercentOwner,
    IsOther,
    OfficerTitle,
    OtherText,
    SignatureDate,
    SecurityTitle,
    TransactionDate,
    DeemedExecutionDate,
    TransactionFormType,
    TransactionCode,
    EquitySwapInvolved,
    TransactionTimeliness,
    TransactionShares,
    TransactionPricePerShare,
    TransactionAcquiredDisposedCode,
    SharesOwnedFollowingTransaction,
    ValueOwnedFollowingTransaction,
    DirectOrIndirectOwnership,
    NatureOfOwnership,
    ConversionOrExercisePrice,
    ExerciseDate,
    ExpirationDate,
    UnderlyingSecurityTitle,
    UnderlyingSecurityShares,
}
