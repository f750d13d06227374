using InsiderBot.Filings;

namespace InsiderBot.Edgar.DataSets;

/// <summary>
/// Joins a quarterly data set's tables by <c>ACCESSION_NUMBER</c> into Form 4 filings without holding the quarter in
/// memory: SUBMISSION becomes a small index (accession → issuer and filing day, Forms 4 and 4/A only), every table is
/// streamed once into spill files, one per group of companies (<see cref="CompanyGroups"/>), and the groups are joined
/// one at a time. Within a group the filings come company by company, each company's oldest filed first (ties by
/// accession), so an import's batch holds a few companies' whole quarter and writes each of their months once or
/// twice, where a quarter in filing-day order touches every company in every batch.
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

    /// <summary>The spill files a quarter's companies are spread over by CIK (a real quarter: about 100 companies and 1,300 filings a group).</summary>
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
        var index = new Dictionary<string, FilingKey>(StringComparer.Ordinal);
        var days = new HashSet<int>();
        for (byte t = 0; t < SpilledTables.Length; t++)
        {
            var table = SpilledTables[t];
            if (!source.Has(table)) continue;
            headers[t] = Partition(table, t, index, days, spill, cancellationToken);
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

    private Dictionary<string, int> Partition(string table, byte t, Dictionary<string, FilingKey> index, HashSet<int> days, DataSetSpill spill, CancellationToken cancellationToken)
    {
        using var text = source.Open(table);
        var tsv = new TsvReader(text);
        var fields = new List<string>();
        if (!tsv.TryRead(fields)) return new Dictionary<string, int>(StringComparer.Ordinal);
        var header = fields.Select((name, i) => (name: name.Trim(), i)).GroupBy(c => c.name).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        if (!header.TryGetValue("ACCESSION_NUMBER", out var accessionColumn))
            throw new InvalidDataException($"{source.Describe(table)} has no ACCESSION_NUMBER column");
        header.TryGetValue("DOCUMENT_TYPE", out var typeColumn);
        header.TryGetValue("FILING_DATE", out var dateColumn);
        var issuerColumn = header.GetValueOrDefault("ISSUERCIK", -1);

        while (tsv.TryRead(fields))
        {
            if ((++RowsRead & 0x3FF) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (fields.Count <= accessionColumn) continue;
            var accession = fields[accessionColumn].Trim();
            FilingKey key;
            if (table == DataSetTable.Submission)
            {
                var type = fields.Count > typeColumn ? fields[typeColumn].Trim().ToUpperInvariant() : "";
                if (type is not ("4" or "4/A")) continue;
                var filed = fields.Count > dateColumn ? DataSetValues.Date(fields[dateColumn]) : null;
                var issuer = issuerColumn >= 0 && fields.Count > issuerColumn ? FormValues.Cik(fields[issuerColumn]) ?? 0 : 0;
                key = new FilingKey(issuer, filed?.DayNumber ?? int.MaxValue);
                if (index.Count == MaxForm4Filings && !index.ContainsKey(accession))
                    throw new InvalidDataException($"{source.Describe(table)} lists more than {MaxForm4Filings} Form 4 submissions: not one quarter's data set");
                if (!index.TryAdd(accession, key)) continue;
                if (days.Add(key.Day) && days.Count > MaxFilingDays)
                    throw new InvalidDataException($"the data set spans more than {MaxFilingDays} filing days: not one quarter's data set");
            }
            else if (!index.TryGetValue(accession, out key))
            {
                continue;
            }

            spill.Write((int)(key.Issuer % CompanyGroups), t, [.. fields]);
        }

        return header;
    }
}
