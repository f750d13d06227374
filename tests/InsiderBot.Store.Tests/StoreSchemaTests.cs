using System.Text.RegularExpressions;
using InsiderBot.Testing;

namespace InsiderBot.Store.Tests;

/// <summary>
/// The store's document schema is named once: only the <c>*Documents</c> classes build or read a BSON document by its
/// field names, so a stored key is changed in one place and a reader elsewhere cannot drift from what was written.
/// The reader of layout-1 trades and the upgrade that rewrites layout-1 documents keep the old keys.
/// </summary>
public sealed partial class StoreSchemaTests
{
    private static readonly string[] OldLayoutReaders = ["LayoutOneTrades.cs", "StoreLayout.cs"];

    [Fact]
    public void Only_the_documents_classes_name_the_fields_of_a_stored_document()
    {
        // Control: the check sees a read, a write and a document built by field names, and not a list of strings.
        Assert.Equal(3, FieldAccesses("var n = doc[\"cnt\"].AsInt32; d![\"tk\"] = t; var x = new BsonDocument { [\"_id\"] = key };").Count());
        Assert.Empty(FieldAccesses("private static readonly HashSet<string> Codes = [\"M\", \"X\", \"O\"]; string[] one = [\"M\"];"));

        var folder = Path.Combine(RepoPaths.Root, "src", "InsiderBot.Store");
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .ToList();
        // The mapping classes themselves are seen, and pass.
        Assert.NotEmpty(File.ReadAllLines(files.Single(f => f.EndsWith("TradeDocuments.cs", StringComparison.Ordinal))).SelectMany(FieldAccesses));

        var found = new List<string>();
        foreach (var file in files.Where(f => !f.EndsWith("Documents.cs", StringComparison.Ordinal) && !OldLayoutReaders.Contains(Path.GetFileName(f))))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var access in FieldAccesses(lines[i]))
                    found.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}:{i + 1}: {access}");
            }
        }

        Assert.True(found.Count == 0, "A stored document's fields are named outside its *Documents class:\n" + string.Join('\n', found));
    }

    // On one line of code: an index by a string literal (doc["k"], d!["k"], f?["k"]) or a document initialiser's key ({ ["k"] = v }), outside comments.
    private static IEnumerable<string> FieldAccesses(string code)
    {
        var comment = code.IndexOf("//", StringComparison.Ordinal);
        var text = comment >= 0 ? code[..comment] : code;
        return IndexByName().Matches(text).Concat(KeyInitialiser().Matches(text)).Select(m => m.Value.Trim());
    }

    [GeneratedRegex("""(?<=[\w\)\]!?])\s*\[\s*"[^"]*"\s*\]""")]
    private static partial Regex IndexByName();

    [GeneratedRegex("""(?<=[{,]\s*|^\s*)\[\s*"[^"]*"\s*\]\s*=(?!=)""")]
    private static partial Regex KeyInitialiser();
}
