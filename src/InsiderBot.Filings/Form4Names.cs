namespace InsiderBot.Filings;

/// <summary>The element names of an ownership document, and which <see cref="Form4Field"/> a leaf name is.</summary>
internal static class Form4Names
{
    public const string OwnershipDocument = "ownershipDocument";
    public const string Issuer = "issuer";
    public const string ReportingOwner = "reportingOwner";
    public const string OwnerSignature = "ownerSignature";
    public const string NonDerivativeTable = "nonDerivativeTable";
    public const string DerivativeTable = "derivativeTable";
    public const string NonDerivativeTransaction = "nonDerivativeTransaction";
    public const string DerivativeTransaction = "derivativeTransaction";
    public const string NonDerivativeHolding = "nonDerivativeHolding";
    public const string DerivativeHolding = "derivativeHolding";
    public const string Footnotes = "footnotes";
    public const string Footnote = "footnote";
    public const string FootnoteId = "footnoteId";
    public const string Value = "value";
    public const string Id = "id";

    public const string SchemaVersion = "schemaVersion";
    public const string DocumentType = "documentType";
    public const string PeriodOfReport = "periodOfReport";
    public const string DateOfOriginalSubmission = "dateOfOriginalSubmission";
    public const string NotSubjectToSection16 = "notSubjectToSection16";
    public const string Aff10b5One = "aff10b5One";
    public const string Remarks = "remarks";

    /// <summary>Top-level elements of the schema whose text the model does not keep.</summary>
    public static bool IsOtherKnownTopLevel(string name) =>
        name is "form3HoldingsReported" or "form4TransactionsReported" or "noSecuritiesOwned";

    /// <summary>The field a leaf element name holds, or -1 when the model does not read it.</summary>
    public static int FieldOf(string name) => name switch
    {
        "issuerCik" => (int)Form4Field.IssuerCik,
        "issuerName" => (int)Form4Field.IssuerName,
        "issuerTradingSymbol" => (int)Form4Field.IssuerTradingSymbol,
        "rptOwnerCik" => (int)Form4Field.RptOwnerCik,
        "rptOwnerName" => (int)Form4Field.RptOwnerName,
        "isDirector" => (int)Form4Field.IsDirector,
        "isOfficer" => (int)Form4Field.IsOfficer,
        "isTenPercentOwner" => (int)Form4Field.IsTenPercentOwner,
        "isOther" => (int)Form4Field.IsOther,
        "officerTitle" => (int)Form4Field.OfficerTitle,
        "otherText" => (int)Form4Field.OtherText,
        "signatureDate" => (int)Form4Field.SignatureDate,
        "securityTitle" => (int)Form4Field.SecurityTitle,
        "transactionDate" => (int)Form4Field.TransactionDate,
        "deemedExecutionDate" => (int)Form4Field.DeemedExecutionDate,
        "transactionFormType" => (int)Form4Field.TransactionFormType,
        "transactionCode" => (int)Form4Field.TransactionCode,
        "equitySwapInvolved" => (int)Form4Field.EquitySwapInvolved,
        "transactionTimeliness" => (int)Form4Field.TransactionTimeliness,
        "transactionShares" => (int)Form4Field.TransactionShares,
        "transactionPricePerShare" => (int)Form4Field.TransactionPricePerShare,
        "transactionAcquiredDisposedCode" => (int)Form4Field.TransactionAcquiredDisposedCode,
        "sharesOwnedFollowingTransaction" => (int)Form4Field.SharesOwnedFollowingTransaction,
        "valueOwnedFollowingTransaction" => (int)Form4Field.ValueOwnedFollowingTransaction,
        "directOrIndirectOwnership" => (int)Form4Field.DirectOrIndirectOwnership,
        "natureOfOwnership" => (int)Form4Field.NatureOfOwnership,
        "conversionOrExercisePrice" => (int)Form4Field.ConversionOrExercisePrice,
        "exerciseDate" => (int)Form4Field.ExerciseDate,
        "expirationDate" => (int)Form4Field.ExpirationDate,
        "underlyingSecurityTitle" => (int)Form4Field.UnderlyingSecurityTitle,
        "underlyingSecurityShares" => (int)Form4Field.UnderlyingSecurityShares,
        _ => -1,
    };
}
