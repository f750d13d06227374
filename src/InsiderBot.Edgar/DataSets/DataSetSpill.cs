namespace InsiderBot.Edgar.DataSets;

/// <summary>
/// Temporary files of rows partitioned by filing day, so a quarter is joined one day at a time whatever order
/// the tables list their rows in (the real tables are mostly, not strictly, grouped by accession).
/// </summary>
internal sealed class DataSetSpill : IDisposable
{
    private readonly string folder;
    private readonly Dictionary<int, BinaryWriter> writers = [];

    public DataSetSpill(string? root = null)
    {
        folder = Path.Combine(root ?? Path.GetTempPath(), "insiderbot-dataset-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    public void Write(int day, byte table, string[] values)
    {
        if (!writers.TryGetValue(day, out var writer))
        {
            if (writers.Count == DataSetReader.MaxFilingDays)
                throw new InvalidDataException($"the data set spans more than {DataSetReader.MaxFilingDays} filing days: not one quarter's data set");
            var stream = new FileStream(FileOf(day), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 14);
            writers[day] = writer = new BinaryWriter(stream);
        }

        writer.Write(table);
        writer.Write(values.Length);
        foreach (var value in values) writer.Write(value);
    }

    /// <summary>The days written, oldest first; closes the writers.</summary>
    public IReadOnlyList<int> Finish()
    {
        foreach (var writer in writers.Values) writer.Dispose();
        var days = writers.Keys.Order().ToList();
        writers.Clear();
        return days;
    }

    public IEnumerable<(byte Table, string[] Values)> Read(int day)
    {
        var file = FileOf(day);
        using (var reader = new BinaryReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.None, 1 << 16, FileOptions.SequentialScan)))
        {
            while (reader.BaseStream.Position < reader.BaseStream.Length)
            {
                var table = reader.ReadByte();
                var values = new string[reader.ReadInt32()];
                for (var i = 0; i < values.Length; i++) values[i] = reader.ReadString();
                yield return (table, values);
            }
        }

        File.Delete(file);
    }

    /// <summary>How much of the disk one day's rows take (after <see cref="Finish"/>).</summary>
    public long Bytes(int day) => new FileInfo(FileOf(day)).Length;

    private string FileOf(int day) => Path.Combine(folder, $"{day}.rows");

    public void Dispose()
    {
        foreach (var writer in writers.Values) writer.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Temp space: the OS cleans it.
        }
    }
}
