using System.Text;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Graph;
using Markdig.Syntax;

namespace Dossier.Lints;

/// <summary>
/// DOS103: an article paragraph that repeats, verbatim or nearly, sentences of an earlier paragraph —
/// the usual trace of a copy-paste left behind while editing.
/// </summary>
public sealed class RepeatedParagraphLint : IDocumentLint
{
    /// <summary>Sentences shorter than this are too common ("See above.") to count as repetition.</summary>
    private const int MinWords = 6;

    public void Check(ContentGraph graph, ContentDocument document, IDiagnosticSink sink)
    {
        if (document is Article article)
        {
            Check(article, graph.Parsed[article.Id].Markdown, sink);
        }
    }

    private static void Check(Article article, MarkdownDocument markdown, IDiagnosticSink sink)
    {
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var paragraphs = markdown.Descendants<ParagraphBlock>().ToList();
        for (var index = 0; index < paragraphs.Count; index++)
        {
            var sentences = Sentences(Markdown.PlainText.Of(paragraphs[index].Inline)).ToList();
            var repeated = sentences
                .Where(s => firstSeen.TryGetValue(s.Key, out var earlier) && earlier != index)
                .GroupBy(s => firstSeen[s.Key])
                .OrderBy(g => g.Key)
                .FirstOrDefault();
            if (repeated is not null)
            {
                var earlier = paragraphs[repeated.Key];
                var count = repeated.Count();
                var preview = repeated.First().Text;
                preview = preview.Length > 60 ? preview[..60] + "…" : preview;
                sink.Report(new Diagnostic(DiagnosticCodes.RepeatedParagraph, Severity.Warning,
                    new Diagnostics.SourceSpan(article.Source.Path, article.Source.BodyStartLine + paragraphs[index].Line, 1),
                    $"this paragraph repeats {count} sentence{(count == 1 ? "" : "s")} of the paragraph at line {article.Source.BodyStartLine + earlier.Line}: “{preview}”",
                    "delete or rephrase the repetition; if it is deliberate, add `silence: [DOS103]` to the front matter"));
            }

            foreach (var sentence in sentences)
            {
                firstSeen.TryAdd(sentence.Key, index);
            }
        }
    }

    private static IEnumerable<(string Key, string Text)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length || (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (!end)
            {
                continue;
            }

            var sentence = text[start..Math.Min(i + 1, text.Length)].Trim();
            start = i + 1;
            var key = Normalise(sentence);
            if (key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWords)
            {
                yield return (key, sentence);
            }
        }
    }

    /// <summary>Letters and digits only, lower case, single spaces: punctuation and quotes do not make a sentence new.</summary>
    private static string Normalise(string sentence)
    {
        var builder = new StringBuilder(sentence.Length);
        foreach (var c in sentence)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }
}
