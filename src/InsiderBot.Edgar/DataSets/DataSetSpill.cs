namespace InsiderBot.Edgar.DataSets;

/// <summary>
/// Temporary files of rows partitioned by group of companies, so a quarter is joined one group at a time whatever
/// order the tables list their rows in (the real tables are mostly, not strictly, grouped by accession).
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

    public void Write(int group, byte table, string[] values)
    {
        if (!writers.TryGetValue(group, out var writer))
        {
            var stream = new FileStream(FileOf(group), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 14);
            writers[group] = writer = new BinaryWriter(stream);
        }

        writer.Write(table);
        writer.Write(values.Length);
        foreach (var value in values) writer.Write(value);
    }

    /// <summary>The groups written, in order; closes the writers.</summary>
    public IReadOnlyList<int> Finish()
    {
        foreach (var writer in writers.Values) writer.Dispose();
        var groups = writers.Keys.Order().ToList();
        writers.Clear();
        return groups;
    }

    public IEnumerable<(byte Table, string[] Values)> Read(int group)
    {
        var file = FileOf(group);
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

    /// <summary>How much of the disk one group's rows take (after <see cref="Finish"/>).</summary>
    public long Bytes(int group) => new FileInfo(FileOf(group)).Length;

    private string FileOf(int group) => Path.Combine(folder, $"{group}.rows");

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
