namespace InsiderBot.Edgar.DataSets;

/// <summary>
/// Data-set columns and the Form 4 XML elements they come from. A <c>*_FN</c> column's footnotes mark the element
/// of the column it names, so a footnote read from a data set marks the same field as one read from XML.
/// </summary>
public static class DataSetColumns
{
    public static readonly IReadOnlyDictionary<string, string> XmlField = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["SECURITY_TITLE"] = "securityTitle",
        ["TRANS_DATE"] = "transactionDate",
        ["DEEMED_EXECUTION_DATE"] = "deemedExecutionDate",
        ["TRANS_FORM_TYPE"] = "transactionFormType",
        ["EQUITY_SWAP_INVOLVED"] = "transactionCoding",
        ["EQUITY_SWAP_TRANS_CD"] = "transactionCoding",
        ["TRANS_TIMELINESS"] = "transactionTimeliness",
        ["TRANS_SHARES"] = "transactionShares",
        ["TRANS_TOTAL_VALUE"] = "transactionTotalValue",
        ["TRANS_PRICEPERSHARE"] = "transactionPricePerShare",
        ["TRANS_ACQUIRED_DISP_CD"] = "transactionAcquiredDisposedCode",
        ["SHRS_OWND_FOLWNG_TRANS"] = "sharesOwnedFollowingTransaction",
        ["VALU_OWND_FOLWNG_TRANS"] = "valueOwnedFollowingTransaction",
        ["DIRECT_INDIRECT_OWNERSHIP"] = "directOrIndirectOwnership",
        ["NATURE_OF_OWNERSHIP"] = "natureOfOwnership",
        ["CONV_EXERCISE_PRICE"] = "conversionOrExercisePrice",
        ["EXERCISE_DATE"] = "exerciseDate",
        ["EXCERCISE_DATE"] = "exerciseDate",
        ["EXPIRATION_DATE"] = "expirationDate",
        ["UNDLYNG_SEC_TITLE"] = "underlyingSecurityTitle",
        ["UNDLYNG_SEC_SHARES"] = "underlyingSecurityShares",
        ["UNDLYNG_SEC_VALUE"] = "underlyingSecurityValue",
    };

    /// <summary>The XML element a <c>*_FN</c> column marks (its own name in lower case when unknown).</summary>
    public static string FieldOfFootnoteColumn(string column)
    {
        var stem = column.EndsWith("_FN", StringComparison.Ordinal) ? column[..^3] : column;
        return XmlField.TryGetValue(stem, out var field) ? field : stem.ToLowerInvariant();
    }
}
