using System.Text.RegularExpressions;
using InsiderBot.Testing;

namespace InsiderBot.Chat.Tests;

/// <summary>
/// A command either answers at once (<see cref="IImmediateCommand"/>) or awaits something. An <c>ExecuteAsync</c> that
/// awaits nothing is a synchronous store read dressed as asynchronous work: it ignores its cancellation token and tells
/// the reader there is I/O to wait for when there is none.
/// </summary>
public sealed partial class CommandSourceTests
{
    [Fact]
    public void Every_command_answers_at_once_or_awaits_something()
    {
        // Controls: the check sees a wrapped result and an ExecuteAsync that awaits nothing, and passes one that awaits.
        Assert.Single(Problems("a.cs", ["    public ChatReply Execute(CommandInput input) => Answer();", "    private static Task<ChatReply> Wrap(ChatReply r) => Task.FromResult(r);"]));
        Assert.Single(Problems("b.cs", ["    public Task<ChatReply> ExecuteAsync(CommandInput input, CancellationToken cancellationToken)", "    {", "        var reply = Read(); // await nothing", "        return Done(reply);", "    }"]));
        Assert.Single(Problems("c.cs", ["    public Task<ChatReply> ExecuteAsync(CommandInput input, CancellationToken cancellationToken) =>", "        Done(Read());"]));
        Assert.Empty(Problems("d.cs", ["    public async Task<ChatReply> ExecuteAsync(CommandInput input, CancellationToken cancellationToken)", "    {", "        if (input.Page > 1) { return Empty; }", "        return Answer(await FillAsync(cancellationToken));", "    }"]));
        Assert.Empty(Problems("e.cs", ["        var reply = await router.ExecuteAsync(line, origin, cancellationToken);", "        return ExecuteAsync(new CommandInput(args, origin), cancellationToken);"]));
        Assert.Single(Problems("f.cs", ["    Task<ChatReply> IChatCommand.ExecuteAsync(CommandInput input, CancellationToken cancellationToken) => Done(Read());"]));

        var folder = Path.Combine(RepoPaths.Root, "src", "InsiderBot.Chat", "Commands");
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .ToList();
        // The one command that awaits is seen, and passes.
        var insiders = files.Single(f => f.EndsWith("InsidersCommand.cs", StringComparison.Ordinal));
        Assert.Contains(File.ReadAllLines(insiders), line => ExecuteAsyncDeclaration().IsMatch(line));

        var found = files.SelectMany(f => Problems(Path.GetRelativePath(RepoPaths.Root, f), File.ReadAllLines(f))).ToList();
        Assert.True(found.Count == 0, "A command neither answers at once (IImmediateCommand.Execute) nor awaits something:\n" + string.Join('\n', found));
    }

    // Each Task.FromResult, and each ExecuteAsync declared with no await in its body, as "file:line: what".
    private static IEnumerable<string> Problems(string file, IReadOnlyList<string> lines)
    {
        var code = lines.Select(Code).ToList();
        for (var i = 0; i < code.Count; i++)
        {
            if (code[i].Contains("Task.FromResult", StringComparison.Ordinal))
                yield return $"{file}:{i + 1}: Task.FromResult wraps a synchronous answer; implement IImmediateCommand.Execute instead";
            if (ExecuteAsyncDeclaration().IsMatch(code[i]) && !Awaits(Body(code, i)))
                yield return $"{file}:{i + 1}: ExecuteAsync awaits nothing; implement IImmediateCommand.Execute instead";
        }
    }

    // The declaration's text to the end of its body: to the brace that closes the first one opened, or to the ';' of an expression body.
    private static string Body(IReadOnlyList<string> code, int declaration)
    {
        var text = new System.Text.StringBuilder();
        var depth = 0;
        var opened = false;
        for (var i = declaration; i < code.Count; i++)
        {
            foreach (var c in code[i])
            {
                text.Append(c);
                if (c == '{') (depth, opened) = (depth + 1, true);
                else if (c == '}' && --depth == 0 && opened) return text.ToString();
                else if (c == ';' && !opened) return text.ToString();
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static bool Awaits(string body) => AwaitKeyword().IsMatch(body);

    // A line without its comment: a whole-line comment is dropped, a trailing one cut at " //".
    private static string Code(string line)
    {
        if (line.TrimStart().StartsWith("//", StringComparison.Ordinal)) return "";
        var comment = line.IndexOf(" //", StringComparison.Ordinal);
        return comment >= 0 ? line[..comment] : line;
    }

    // ExecuteAsync declared (its first parameter typed CommandInput), plainly or as IChatCommand.ExecuteAsync; not called.
    [GeneratedRegex(@"\bExecuteAsync\s*\(\s*CommandInput\s+\w+")]
    private static partial Regex ExecuteAsyncDeclaration();

    [GeneratedRegex(@"\bawait\b")]
    private static partial Regex AwaitKeyword();
}
