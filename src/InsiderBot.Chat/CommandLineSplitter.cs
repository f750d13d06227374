using System.Text;

namespace InsiderBot.Chat;

/// <summary>Splits "/insiders MSFT 90" or "/insider \"Musk Elon\"" into a command name and its arguments.</summary>
public static class CommandLineSplitter
{
    public static (string Name, IReadOnlyList<string> Arguments) Split(string line)
    {
        var words = Words(line.Trim());
        if (words.Count == 0) return ("", []);
        var name = words[0].TrimStart('/').ToLowerInvariant();
        return (name, words.Skip(1).ToList());
    }

    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var quote = '\0';
        var inWord = false;
        foreach (var c in text)
        {
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                else current.Append(c);
                continue;
            }

            if (c is '"' or '“' or '”')
            {
                quote = c == '“' ? '”' : c;
                inWord = true;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (inWord) words.Add(current.ToString());
                current.Clear();
                inWord = false;
                continue;
            }

            current.Append(c);
            inWord = true;
        }

        if (inWord) words.Add(current.ToString());
        return words;
    }
}
