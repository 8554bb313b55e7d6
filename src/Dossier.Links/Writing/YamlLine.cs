using System.Text;

namespace Dossier.Links.Writing;

/// <summary>
/// One <c>key: value  # comment</c> line of front matter, read just far enough to replace its value: the key and
/// separator, the scalar with its quoting, and whatever follows it (spaces, a comment, the line end) exactly as written.
/// </summary>
public sealed record YamlLine(string Head, string Value, YamlQuoting Quoting, string Tail)
{
    /// <summary>The line starts with <paramref name="key"/> followed by a colon (spaces allowed before it).</summary>
    public static bool IsKey(string line, string key)
    {
        var i = key.Length;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        return i < line.Length && line[i] == ':';
    }

    /// <summary>The line, or null when its value is not a one-line scalar (a block, a list, a mapping, an unclosed quote).</summary>
    public static YamlLine? Parse(string line, string key)
    {
        var colon = line.IndexOf(':', key.Length);
        var start = colon + 1;
        while (start < line.Length && line[start] is ' ' or '\t')
        {
            start++;
        }

        var head = line[..start];
        var rest = line[start..];
        var content = rest.TrimEnd('\r', '\n');
        if (content.Length == 0 || content[0] is '|' or '>' or '[' or '{' or '&' or '*' or '!')
        {
            return null;
        }

        if (content[0] is '"' or '\'')
        {
            var (value, end) = content[0] == '"' ? ReadDouble(content) : ReadSingle(content);
            return end < 0 ? null : new(head, value, content[0] == '"' ? YamlQuoting.Double : YamlQuoting.Single, rest[end..]);
        }

        // A plain scalar ends at " #" (a comment) or at the end of the line; trailing spaces belong to the tail.
        var comment = content.IndexOf(" #", StringComparison.Ordinal);
        var plain = (comment < 0 ? content : content[..comment]).TrimEnd();
        return new(head, plain, YamlQuoting.Plain, rest[plain.Length..]);
    }

    /// <summary>The line with <paramref name="value"/> in place of the old one, quoted as the old one was when that is safe.</summary>
    public string With(string value) => Head + Write(value, Quoting) + Tail;

    /// <summary>A scalar in the asked-for style; plain only when YAML would read it back as the same string.</summary>
    public static string Write(string value, YamlQuoting quoting) => quoting switch
    {
        YamlQuoting.Single => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'",
        YamlQuoting.Plain when IsSafePlain(value) => value,
        _ => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
    };

    private static bool IsSafePlain(string value) =>
        value.Length > 0 && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal)
        && "-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0]) < 0 && !value.EndsWith(':') && value.Trim() == value
        && value.All(c => c >= ' ' && c != '\u007f');

    private static (string Value, int End) ReadDouble(string content)
    {
        var value = new StringBuilder();
        for (var i = 1; i < content.Length; i++)
        {
            var c = content[i];
            if (c == '"')
            {
                return (value.ToString(), i + 1);
            }

            if (c == '\\' && i + 1 < content.Length)
            {
                c = content[++i] switch { 'n' => '\n', 't' => '\t', var other => other };
            }

            value.Append(c);
        }

        return ("", -1);
    }

    private static (string Value, int End) ReadSingle(string content)
    {
        var value = new StringBuilder();
        for (var i = 1; i < content.Length; i++)
        {
            if (content[i] == '\'')
            {
                if (i + 1 < content.Length && content[i + 1] == '\'')
                {
                    value.Append('\'');
                    i++;
                    continue;
                }

                return (value.ToString(), i + 1);
            }

            value.Append(content[i]);
        }

        return ("", -1);
    }
}
