using System.Buffers;
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
        // Most documents (sources) have no paragraph and cost nothing more.
        var count = CountParagraphs(markdown);
        if (count == 0)
        {
            return;
        }

        // Every paragraph's text in one rented buffer.
        using var text = new PlainTextBuffer(squeeze: false);
        var paragraphs = new List<Paragraph>(count);
        AddParagraphs(markdown, resolved, text, paragraphs);

        // All sentences first, in rented arrays, so the table of first sightings is made once at its size (growing it
        // was a third of what the lint allocated). A sentence ends at a '.', '!' or '?', or at its paragraph's end.
        var all = text.Text;
        var bound = paragraphs.Count + all.Count('.') + all.Count('!') + all.Count('?');
        var sentences = ArrayPool<Sentence>.Shared.Rent(bound);
        var key = ArrayPool<char>.Shared.Rent(Longest(paragraphs));
        try
        {
            var found = 0;
            for (var index = 0; index < paragraphs.Count; index++)
            {
                var paragraph = paragraphs[index];
                var first = found;
                found = AddSentences(all[paragraph.Start..paragraph.End], sentences, found, key);
                paragraphs[index] = paragraph with { Sentences = new Range(first, found) };
            }

            Report(document, paragraphs, all, sentences, new Dictionary<UInt128, int>(found), sink);
        }
        finally
        {
            ArrayPool<Sentence>.Shared.Return(sentences);
            ArrayPool<char>.Shared.Return(key);
        }
    }

    /// <summary>Warns of each paragraph that repeats sentences of an earlier one.</summary>
    private static void Report(ContentDocument document, List<Paragraph> paragraphs, ReadOnlySpan<char> all, Sentence[] allSentences,
        Dictionary<UInt128, int> firstSeen, IDiagnosticSink sink)
    {
        for (var index = 0; index < paragraphs.Count; index++)
        {
            var text = all[paragraphs[index].Start..paragraphs[index].End];
            var sentences = allSentences.AsSpan(paragraphs[index].Sentences);

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
                sink.Report(Warning(document, paragraphs[index].Block, paragraphs[earliest].Block, text, sentences, firstSeen, earliest));
            }

            foreach (var sentence in sentences)
            {
                firstSeen.TryAdd(sentence.Key, index);
            }
        }
    }

    /// <summary>The warning for a paragraph whose sentences first appeared in paragraph <paramref name="earliest"/>.</summary>
    private static Diagnostic Warning(ContentDocument document, ParagraphBlock paragraph, ParagraphBlock earlierParagraph, ReadOnlySpan<char> text,
        ReadOnlySpan<Sentence> sentences, Dictionary<UInt128, int> firstSeen, int earliest)
    {
        var repeated = sentences.ToArray().Where(s => firstSeen.TryGetValue(s.Key, out var earlier) && earlier == earliest).ToList();
        var count = repeated.Count;
        var preview = text[repeated[0].Start..repeated[0].End].Trim().ToString();
        preview = preview.Length > 60 ? preview[..60] + "…" : preview;
        return new Diagnostic(DiagnosticCodes.RepeatedParagraph, Severity.Warning,
            new Diagnostics.SourceSpan(document.Source.Path, document.Source.LineOf(paragraph.Line), 1),
            $"this paragraph repeats {count} sentence{(count == 1 ? "" : "s")} of the paragraph at line {document.Source.LineOf(earlierParagraph.Line)}: “{preview}”",
            "delete or rephrase the repetition; if it is deliberate, add `silence: [DOS103]` to the front matter");
    }

    private static int Longest(List<Paragraph> paragraphs)
    {
        var longest = 0;
        foreach (var paragraph in paragraphs)
        {
            longest = Math.Max(longest, paragraph.End - paragraph.Start);
        }

        return longest;
    }

    private static int CountParagraphs(ContainerBlock container)
    {
        var count = 0;
        for (var i = 0; i < container.Count; i++)
        {
            count += container[i] switch
            {
                ParagraphBlock => 1,
                ContainerBlock inner => CountParagraphs(inner),
                _ => 0,
            };
        }

        return count;
    }

    /// <summary>Every paragraph below <paramref name="container"/> in document order, its text written into <paramref name="text"/>.</summary>
    private static void AddParagraphs(ContainerBlock container, ResolvedBody resolved, PlainTextBuffer text, List<Paragraph> paragraphs)
    {
        // A recursive walk: Descendants() allocates a stack and an iterator per document.
        for (var i = 0; i < container.Count; i++)
        {
            if (container[i] is ParagraphBlock block)
            {
                var start = text.Length;
                PlainText.Append(text, block.Inline, resolved);
                paragraphs.Add(new Paragraph(block, start, text.Length, default));
            }
            else if (container[i] is ContainerBlock inner)
            {
                AddParagraphs(inner, resolved, text, paragraphs);
            }
        }
    }

    /// <summary>
    /// Adds the sentences of <paramref name="text"/> long enough to count, each as its normalised key and its place in
    /// the text (the text itself is only cut out for a warning's preview).
    /// </summary>
    /// <returns>The number of sentences in <paramref name="sentences"/> now.</returns>
    private static int AddSentences(ReadOnlySpan<char> text, Sentence[] sentences, int count, char[] key)
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
            var (length, words) = Normalise(sentence, key);
            if (words >= MinWords)
            {
                // A 128-bit hash of the key stands for it: no string per sentence, and no collision in any real dossier.
                var hash = System.IO.Hashing.XxHash128.HashToUInt128(System.Runtime.InteropServices.MemoryMarshal.AsBytes(key.AsSpan(0, length)));
                sentences[count++] = new Sentence(hash, start, sentenceEnd);
            }

            start = i + 1;
        }

        return count;
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

    /// <summary>A paragraph, where its text stands in the document's text, and which of the document's sentences are its.</summary>
    private readonly record struct Paragraph(ParagraphBlock Block, int Start, int End, Range Sentences);

    /// <summary>A sentence's normalised key (as its hash) and where it stands in its paragraph's text.</summary>
    private readonly record struct Sentence(UInt128 Key, int Start, int End);
}
