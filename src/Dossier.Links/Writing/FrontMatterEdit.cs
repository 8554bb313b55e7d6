using System.Text;

namespace Dossier.Links.Writing;

/// <summary>
/// Sets top-level keys in a Markdown file's YAML front matter, touching nothing else: every other byte (a BOM, CRLF
/// line ends, comments, the quoting and order of other keys, the body) stays as it was. An existing key keeps its line,
/// its quoting style and its comment, and only its value changes; a new key goes on its own line at the end of the front
/// matter, with the file's line ending. A value already equal is left alone, so a second run changes nothing.
/// </summary>
public static class FrontMatterEdit
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <returns>The edited file, or null when nothing had to change; the error when the file cannot be edited safely.</returns>
    public static (byte[]? Bytes, string? Error) Apply(byte[] file, IReadOnlyList<FrontMatterValue> values)
    {
        var hasBom = file.AsSpan().StartsWith(Bom);
        var text = Encoding.UTF8.GetString(file, hasBom ? Bom.Length : 0, file.Length - (hasBom ? Bom.Length : 0));
        var lines = SplitKeepingEnds(text);
        if (lines.Count == 0 || lines[0].TrimEnd('\r', '\n') != "---")
        {
            return (null, "the file does not start with front matter (---)");
        }

        var close = lines.FindIndex(1, l => l.TrimEnd('\r', '\n') is "---" or "...");
        if (close < 0)
        {
            return (null, "the front matter is not closed with ---");
        }

        var newline = lines[0].EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var changed = false;
        var added = new List<string>();
        foreach (var (key, value, quoting) in values)
        {
            var at = lines.FindIndex(1, close - 1, l => l.StartsWith(key, StringComparison.Ordinal) && YamlLine.IsKey(l, key));
            if (at < 0)
            {
                added.Add($"{key}: {YamlLine.Write(value, quoting)}{newline}");
                continue;
            }

            if (YamlLine.Parse(lines[at], key) is not { } line)
            {
                return (null, $"`{key}` is written over several lines; edit it by hand");
            }

            if (line.Value == value)
            {
                continue;
            }

            lines[at] = line.With(value);
            changed = true;
        }

        if (added.Count > 0)
        {
            // The last front-matter line may lack a line end only if it is the closing ---, which is never before a key.
            lines.InsertRange(close, added);
            changed = true;
        }

        if (!changed)
        {
            return (null, null);
        }

        var body = Encoding.UTF8.GetBytes(string.Concat(lines));
        return (hasBom ? [.. Bom, .. body] : body, null);
    }

    private static List<string> SplitKeepingEnds(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }
}
