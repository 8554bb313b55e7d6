using System.Text;

namespace Dossier.CorpusGenerator;

/// <summary>Sentences, paragraphs, lists, tables and headings of plausible analysis prose, with citations and wiki-links placed in them.</summary>
internal sealed class TextWriterKit(Rng rng)
{
    private const int TargetWords = 780;

    public string Title()
    {
        var noun = rng.Pick(Words.Nouns);
        return rng.Next(3) switch
        {
            0 => $"The {rng.Pick(Words.Adjectives)} {noun} and its {rng.Pick(Words.Nouns)}",
            1 => $"{Names.Capitalise(rng.Pick(Words.Adjectives))} {noun}s {rng.Pick(Words.Prepositions)} the {rng.Pick(Words.Nouns)}",
            _ => $"How the {noun} {rng.Pick(Words.Verbs)} the {rng.Pick(Words.Adjectives)} {rng.Pick(Words.Nouns)}",
        };
    }

    public string Sentence(int words)
    {
        var parts = new List<string>(words + 4);
        if (rng.Chance(0.3))
        {
            parts.Add(rng.Pick(Words.Connectives) + ",");
            parts.Add("the");
        }
        else
        {
            parts.Add("The");
        }

        while (parts.Count < words)
        {
            parts.Add(rng.Pick(Words.Adjectives));
            parts.Add(rng.Pick(Words.Nouns));
            parts.Add(rng.Pick(Words.Verbs));
            parts.Add("the");
            parts.Add(rng.Pick(Words.Nouns));
            parts.Add(rng.Pick(Words.Prepositions));
            parts.Add(rng.Chance(0.3) ? $"{rng.Next(2, 95)} per cent of the" : "the");
        }

        parts.Add(rng.Pick(Words.Nouns));
        return string.Join(' ', parts) + ".";
    }

    /// <summary>A country's or agreement's overview: two short paragraphs carrying the links and notes given.</summary>
    public string ShortBody(IReadOnlyList<string> links, IReadOnlyList<string> citations)
    {
        var body = new StringBuilder();
        body.Append(Sentence(14)).Append(" It concerns ").Append(string.Join(" and ", links)).Append('.');
        body.Append(' ').Append(Sentence(12)).Append(' ').Append(string.Join("", citations.Select(c => $"[@{c}]"))).Append("\n\n");
        body.Append(Sentence(16)).Append(' ').Append(Sentence(10)).Append('\n');
        return body.ToString();
    }

    /// <summary>About 900 words in sections: paragraphs, a bulleted list, a table, a numbered list; every note and link placed once.</summary>
    public string ArticleBody(IReadOnlyList<string> citations, IReadOnlyList<string> links)
    {
        var notes = new Queue<string>(citations);
        var wiki = new Queue<string>(links);
        var body = new StringBuilder();
        var words = 0;
        var section = 0;
        while (words < TargetWords || notes.Count > 0 || wiki.Count > 0)
        {
            if (section > 0)
            {
                body.Append(section % 3 == 2 ? "### " : "## ").Append(Heading()).Append("\n\n");
            }

            for (var p = 0; p < 2; p++)
            {
                words += Paragraph(body, notes, wiki);
            }

            if (words >= TargetWords && notes.Count == 0 && wiki.Count == 0)
            {
                break;
            }

            switch (section % 3)
            {
                case 0:
                    words += List(body, notes, ordered: false);
                    break;
                case 1:
                    words += Table(body);
                    break;
                default:
                    words += List(body, notes, ordered: true);
                    break;
            }

            section++;
        }

        return body.ToString();
    }

    private string Heading() =>
        $"{Names.Capitalise(rng.Pick(Words.Adjectives))} {rng.Pick(Words.Nouns)} and the {rng.Pick(Words.Nouns)}";

    private int Paragraph(StringBuilder body, Queue<string> notes, Queue<string> wiki)
    {
        var words = 0;
        var sentences = rng.Next(3, 6);
        for (var s = 0; s < sentences; s++)
        {
            var sentence = Sentence(rng.Next(10, 20));
            words += sentence.Count(c => c == ' ') + 1;
            if (wiki.Count > 0 && rng.Chance(0.25))
            {
                sentence = sentence[..^1] + $", as seen in {wiki.Dequeue()}.";
            }

            body.Append(sentence);
            if (notes.Count > 0 && rng.Chance(0.3))
            {
                body.Append(notes.Dequeue());
            }

            body.Append(s + 1 < sentences ? " " : "\n\n");
        }

        return words;
    }

    private int List(StringBuilder body, Queue<string> notes, bool ordered)
    {
        var words = 0;
        var items = rng.Next(3, 6);
        for (var i = 1; i <= items; i++)
        {
            var item = Sentence(rng.Next(6, 12));
            words += item.Count(c => c == ' ') + 1;
            body.Append(ordered ? $"{i}. " : "- ").Append(item);
            if (i == items && notes.Count > 0)
            {
                body.Append(notes.Dequeue());
            }

            body.Append('\n');
        }

        body.Append('\n');
        return words;
    }

    private int Table(StringBuilder body)
    {
        body.Append("| Year | Indicator | Value |\n|---|---|---:|\n");
        var rows = rng.Next(3, 7);
        var year = rng.Next(2010, 2020);
        for (var r = 0; r < rows; r++)
        {
            body.Append($"| {year + r} | {rng.Pick(Words.Adjectives)} {rng.Pick(Words.Nouns)} | {rng.Next(1, 1000)}.{rng.Next(10)} |\n");
        }

        body.Append('\n');
        return rows * 4;
    }
}
