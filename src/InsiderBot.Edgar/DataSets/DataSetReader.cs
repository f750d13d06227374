using InsiderBot.Filings;

namespace InsiderBot.Edgar.DataSets;

/// <summary>
/// Joins a quarterly data set's tables by <c>ACCESSION_NUMBER</c> into Form 4 filings without holding the quarter in
/// memory: SUBMISSION becomes a small index (accession → issuer and filing day, Forms 4 and 4/A only), every table is
/// streamed once into spill files, one per group of companies (<see cref="CompanyGroups"/>), and the groups are joined
/// one at a time. The filings come company by company in CIK order, each company's oldest filed first (ties by
/// accession), so an import's batch holds a few companies' whole quarter and writes each of their months once or
/// twice, where a quarter in filing-day order touches every company in every batch. A group is a run of companies
/// adjacent by CIK, as the store keys its months, so a batch's look-ups and writes walk one stretch of each index
/// rather than the whole of it.
/// What would not fit that shape in memory (more Form 4s or filing days than any quarter has, a group's rows past
/// <see cref="MaxGroupBytes"/>, a field or record past <see cref="TsvReader"/>'s caps) ends the read with an
/// <see cref="InvalidDataException"/> saying which.
/// </summary>
public sealed class DataSetReader(DataSetSource source, string? spillRoot = null)
{
    /// <summary>The most Form 4 / 4/A submissions one data set may list (a real quarter lists well under 100,000).</summary>
    public const int MaxForm4Filings = 500_000;

    /// <summary>The most distinct filing days (a quarter has at most 92).</summary>
    public const int MaxFilingDays = 1000;

    /// <summary>
    /// The spill files a quarter's companies are split over: runs of companies in CIK order, each holding about an equal
    /// share of the quarter's Form 4s (a real quarter: about 100 companies and 1,300 filings a group).
    /// </summary>
    public const int CompanyGroups = 64;

    /// <summary>The most one group's rows may take on disk, all of which are joined in memory at once.</summary>
    public const long MaxGroupBytes = 64L << 20;

    private static readonly string[] SpilledTables =
    [
        DataSetTable.Submission, DataSetTable.ReportingOwner, DataSetTable.NonDerivativeTransactions, DataSetTable.DerivativeTransactions,
        DataSetTable.NonDerivativeHoldings, DataSetTable.DerivativeHoldings, DataSetTable.Footnotes,
    ];

    /// <summary>Rows read from the tables so far (for progress).</summary>
    public long RowsRead { get; private set; }

    /// <summary>The Form 4 / 4/A submissions the SUBMISSION table lists (known after the first filing is yielded).</summary>
    public int Form4Count { get; private set; }

    public IEnumerable<DataSetEntry> Filings(CancellationToken cancellationToken = default)
    {
        if (source.MissingRequired.Count > 0)
            throw new InvalidOperationException($"the data set lacks {string.Join(", ", source.MissingRequired)}");

        using var spill = new DataSetSpill(spillRoot);
        var headers = new Dictionary<string, int>[SpilledTables.Length];
        var (index, repeated) = IndexSubmissions(cancellationToken);
        var groups = CompanyGroupsOf(index);
        for (byte t = 0; t < SpilledTables.Length; t++)
        {
            var table = SpilledTables[t];
            if (!source.Has(table)) continue;
            headers[t] = Partition(table, t, index, groups, repeated, spill, cancellationToken);
        }

        Form4Count = index.Count;
        foreach (var group in spill.Finish())
        {
            if (spill.Bytes(group) > MaxGroupBytes)
                throw new InvalidDataException($"the rows of one group of companies take more than {MaxGroupBytes >> 20} MB: more than any real quarter holds");
            var parts = new Dictionary<string, DataSetFilingParts>(StringComparer.Ordinal);
            var rows = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (t, values) in spill.Read(group))
            {
                var row = new DataSetRow(headers[t], values);
                var accession = row.Accession;
                if (!parts.TryGetValue(accession, out var p)) parts[accession] = p = new DataSetFilingParts(accession);
                p.Add(SpilledTables[t], row);
                rows[accession] = rows.GetValueOrDefault(accession) + 1;
            }

            var order = parts.Keys.OrderBy(a => index[a].Issuer).ThenBy(a => index[a].Day).ThenBy(a => a, StringComparer.Ordinal);
            foreach (var accession in order)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var where = $"{source.Path}!{accession}";
                var (filing, problem) = DataSetFilingBuilder.Build(parts[accession], where);
                yield return new DataSetEntry(accession, where, filing, problem, rows[accession]);
            }
        }
    }

    // The SUBMISSION table read once for the index alone: the groups need every company's count before any row is spilled.
    // Repeated: whether an accession has more than one Form 4 row (only its first is indexed and spilled).
    private (Dictionary<string, FilingKey> Index, bool Repeated) IndexSubmissions(CancellationToken cancellationToken)
    {
        var index = new Dictionary<string, FilingKey>(StringComparer.Ordinal);
        var days = new HashSet<int>();
        using var text = source.Open(DataSetTable.Submission);
        var tsv = new TsvReader(text);
        var fields = new List<string>();
        if (!tsv.TryRead(fields)) return (index, false);
        var columns = SubmissionColumns.Of(Header(fields, DataSetTable.Submission));
        var (scanned, repeated) = (0, false);
        while (tsv.TryRead(fields))
        {
            if ((++scanned & 0x3FF) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (columns.Read(fields) is not { } row) continue;
            var (accession, key) = row;
            if (index.Count == MaxForm4Filings && !index.ContainsKey(accession))
                throw new InvalidDataException($"{source.Describe(DataSetTable.Submission)} lists more than {MaxForm4Filings} Form 4 submissions: not one quarter's data set");
            if (!index.TryAdd(accession, key))
            {
                repeated = true;
                continue;
            }

            if (days.Add(key.Day) && days.Count > MaxFilingDays)
                throw new InvalidDataException($"the data set spans more than {MaxFilingDays} filing days: not one quarter's data set");
        }

        return (index, repeated);
    }

    // Each company's group: companies in CIK order, a new group each time another 1/CompanyGroups of the Form 4s begins.
    private static Dictionary<long, int> CompanyGroupsOf(Dictionary<string, FilingKey> index)
    {
        var groups = new Dictionary<long, int>();
        long before = 0;
        foreach (var (issuer, filings) in index.Values.CountBy(k => k.Issuer).OrderBy(c => c.Key))
        {
            groups[issuer] = (int)(before * CompanyGroups / index.Count);
            before += filings;
        }

        return groups;
    }

    private Dictionary<string, int> Partition(
        string table, byte t, Dictionary<string, FilingKey> index, Dictionary<long, int> groups, bool repeated, DataSetSpill spill, CancellationToken cancellationToken)
    {
        using var text = source.Open(table);
        var tsv = new TsvReader(text);
        var fields = new List<string>();
        if (!tsv.TryRead(fields)) return new Dictionary<string, int>(StringComparer.Ordinal);
        var header = Header(fields, table);
        var accessionColumn = header["ACCESSION_NUMBER"];
        var submissions = table == DataSetTable.Submission ? SubmissionColumns.Of(header) : null;
        var spilled = submissions is not null && repeated ? new HashSet<string>(StringComparer.Ordinal) : null; // the first row only, as indexed

        while (tsv.TryRead(fields))
        {
            if ((++RowsRead & 0x3FF) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (fields.Count <= accessionColumn) continue;
            var accession = fields[accessionColumn].Trim();
            if (!index.TryGetValue(accession, out var key)) continue;
            if (submissions is not null && (!submissions.IsForm4(fields) || spilled?.Add(accession) == false)) continue;
            spill.Write(groups[key.Issuer], t, [.. fields]);
        }

        return header;
    }

    private Dictionary<string, int> Header(List<string> fields, string table)
    {
        var header = fields.Select((name, i) => (name: name.Trim(), i)).GroupBy(c => c.name).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        if (!header.ContainsKey("ACCESSION_NUMBER"))
            throw new InvalidDataException($"{source.Describe(table)} has no ACCESSION_NUMBER column");
        return header;
    }
}
