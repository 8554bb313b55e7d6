using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Graph;
using Dossier.Markdown;
using Markdig.Syntax;

namespace Dossier.Lints;

/// <summary>
/// DOS103: a paragraph (of any document) that repeats, verbatim or nearly, sentences of an earlier paragraph —
/// the usual trace of a copy-paste left behind while editing.
/// </summary>
public sealed class RepeatedParagraphLint : IDocumentLint
{
    /// <summary>Sentences shorter than this are too common ("See above.") to count as repetition.</summary>
    private const int MinWords = 6;

    public void Check(ContentGraph graph, ContentDocument document, IDiagnosticSink sink)
    {
        Check(document, graph.Parsed[document.Id].Markdown, graph.ResolvedOf(document.Id), sink);
    }

    private static void Check(ContentDocument document, MarkdownDocument markdown, ResolvedBody resolved, IDiagnosticSink sink)
    {
        var firstSeen = new Dictionary<UInt128, int>();
        var paragraphs = markdown.Descendants<ParagraphBlock>().ToList();
        var sentences = new List<Sentence>();
        var key = new char[256];
        var builder = new System.Text.StringBuilder();
        var chars = new char[1024];
        for (var index = 0; index < paragraphs.Count; index++)
        {
            // Each paragraph's text in one reused array: a body has hundreds of paragraphs, a dossier thousands of bodies.
            builder.Clear();
            Markdown.PlainText.Append(builder, paragraphs[index].Inline, resolved);
            if (chars.Length < builder.Length)
            {
                chars = new char[Math.Max(builder.Length, chars.Length * 2)];
            }

            builder.CopyTo(0, chars, builder.Length);
            var text = chars.AsSpan(0, builder.Length);
            sentences.Clear();
            AddSentences(text, sentences, ref key);

            // The earliest paragraph this one repeats from, and how many of its sentences come from there.
            var earliest = int.MaxValue;
            foreach (var sentence in sentences)
            {
                if (firstSeen.TryGetValue(sentence.Key, out var earlier) && earlier != index && earlier < earliest)
                {
                    earliest = earlier;
                }
            }

            if (earliest != int.MaxValue)
            {
                var repeated = sentences.Where(s => firstSeen.TryGetValue(s.Key, out var earlier) && earlier == earliest).ToList();
                var count = repeated.Count;
                var preview = text[repeated[0].Start..repeated[0].End].Trim().ToString();
                preview = preview.Length > 60 ? preview[..60] + "…" : preview;
                sink.Report(new Diagnostic(DiagnosticCodes.RepeatedParagraph, Severity.Warning,
                    new Diagnostics.SourceSpan(document.Source.Path, document.Source.BodyStartLine + paragraphs[index].Line, 1),
                    $"this paragraph repeats {count} sentence{(count == 1 ? "" : "s")} of the paragraph at line {document.Source.BodyStartLine + paragraphs[earliest].Line}: “{preview}”",
                    "delete or rephrase the repetition; if it is deliberate, add `silence: [DOS103]` to the front matter"));
            }

            foreach (var sentence in sentences)
            {
                firstSeen.TryAdd(sentence.Key, index);
            }
        }
    }

    /// <summary>
    /// Adds the sentences of <paramref name="text"/> long enough to count, each as its normalised key and its place in
    /// the text (the text itself is only cut out for a warning's preview).
    /// </summary>
    private static void AddSentences(ReadOnlySpan<char> text, List<Sentence> sentences, ref char[] key)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length || (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (!end)
            {
                continue;
            }

            var sentenceEnd = Math.Min(i + 1, text.Length);
            var sentence = text.Slice(start, sentenceEnd - start);
            if (key.Length < sentence.Length)
            {
                key = new char[Math.Max(sentence.Length, key.Length * 2)];
            }

            var (length, words) = Normalise(sentence, key);
            if (words >= MinWords)
            {
                // A 128-bit hash of the key stands for it: no string per sentence, and no collision in any real dossier.
                var hash = System.IO.Hashing.XxHash128.HashToUInt128(System.Runtime.InteropServices.MemoryMarshal.AsBytes(key.AsSpan(0, length)));
                sentences.Add(new Sentence(hash, start, sentenceEnd));
            }

            start = i + 1;
        }
    }

    /// <summary>
    /// Letters and digits only, lower case, single spaces: punctuation and quotes do not make a sentence new.
    /// Writes the key into <paramref name="key"/> (at least as long as the sentence) and returns its length and number of words.
    /// </summary>
    private static (int Length, int Words) Normalise(ReadOnlySpan<char> sentence, char[] key)
    {
        var length = 0;
        var words = 0;
        foreach (var c in sentence)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (length == 0 || key[length - 1] == ' ')
                {
                    words++;
                }

                key[length++] = char.ToLowerInvariant(c);
            }
            else if (length > 0 && key[length - 1] != ' ')
            {
                key[length++] = ' ';
            }
        }

        if (length > 0 && key[length - 1] == ' ')
        {
            length--;
        }

        return (length, words);
    }

    /// <summary>A sentence's normalised key (as its hash) and where it stands in its paragraph's text.</summary>
    private readonly record struct Sentence(UInt128 Key, int Start, int End);
}
