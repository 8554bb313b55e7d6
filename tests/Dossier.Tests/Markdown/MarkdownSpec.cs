using System.Text.RegularExpressions;

namespace Dossier.Tests.Markdown;

/// <summary>One example of a spec file: a heading, the Markdown input and the expected HTML.</summary>
public sealed partial record MarkdownSpec(string File, string Name, string Markdown, string Html)
{
    public override string ToString() => $"{File}: {Name}";

    /// <summary>Every example in a spec file under Markdown/Specs.</summary>
    public static IEnumerable<MarkdownSpec> Read(string file)
    {
        var path = Path.Combine(RepositoryRoot.Path, "tests", "Dossier.Tests", "Markdown", "Specs", file);
        var text = System.IO.File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        foreach (Match match in Example().Matches(text))
        {
            yield return new MarkdownSpec(file, match.Groups["name"].Value.Trim(), match.Groups["md"].Value, match.Groups["html"].Value);
        }
    }

    [GeneratedRegex("^## (?<name>.+?)\\n\\n```markdown\\n(?<md>.*?)```\\n\\n```html\\n(?<html>.*?)```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Example();
}
