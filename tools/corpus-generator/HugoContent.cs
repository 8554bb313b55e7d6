using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.CorpusGenerator;

/// <summary>
/// Translates a body from Dossier's syntax to plain Hugo Markdown: <c>[@id]</c> becomes a <c>[^n]</c> footnote whose
/// definition holds the formatted citation, <c>[[id]]</c> a relative link to the page.
/// </summary>
internal sealed partial class HugoContent(IReadOnlyDictionary<string, CitationSpec> citations, IReadOnlyDictionary<string, (string Section, string Title)> pages)
{
    [GeneratedRegex(@"\[@([^\]]+)\]")]
    private static partial Regex CiteKey();

    [GeneratedRegex(@"\[\[([a-z0-9-]+)(?:\|([^\]]+))?\]\]")]
    private static partial Regex WikiLink();

    /// <summary>The translated body and the ids it cites (for the <c>cites</c> taxonomy: the sources' "cited in" lists).</summary>
    public (string Body, IReadOnlyList<string> Cited) Translate(string body)
    {
        var definitions = new StringBuilder();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var cited = new List<string>();
        var number = 0;
        body = CiteKey().Replace(body, match =>
        {
            number++;
            var notes = new List<string>();
            foreach (var item in match.Groups[1].Value.Split(';'))
            {
                var text = item.Trim().TrimStart('@');
                var comma = text.IndexOf(',');
                var id = comma < 0 ? text : text[..comma];
                var locator = comma < 0 ? null : text[(comma + 1)..].Trim();
                var citation = citations[id];
                notes.Add(seen.Add(id) ? ReferenceText.Full(citation, locator) : ReferenceText.Short(citation, locator));
                if (seen.Count > cited.Count)
                {
                    cited.Add(id);
                }
            }

            definitions.Append($"[^{number}]: ").Append(string.Join("; ", notes.Select(n => n.TrimEnd('.')))).Append(".\n");
            return $"[^{number}]";
        });
        body = WikiLink().Replace(body, match =>
        {
            var (section, title) = pages[match.Groups[1].Value];
            var text = match.Groups[2].Success ? match.Groups[2].Value : title;
            return $"[{text}](../../{section}/{match.Groups[1].Value}/)";
        });
        return (definitions.Length == 0 ? body : body.TrimEnd('\n') + "\n\n" + definitions, cited);
    }
}
