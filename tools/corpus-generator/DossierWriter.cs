using System.Text;

namespace Dossier.CorpusGenerator;

/// <summary>Writes the corpus as a dossier (content format v1) with a copy of the repository's default theme.</summary>
internal static class DossierWriter
{
    public static void Write(Corpus corpus, string output, string repositoryRoot)
    {
        OutputFolder.Prepare(output);
        OutputFolder.Write(Path.Combine(output, "dossier.yml"), """
            title: Generated dossier
            description: "A generated dossier for benchmarks: invented countries, agreements and sources."
            base_url: https://example.org/dossier/
            repo_url: https://example.org/dossier-source
            language: en

            """);
        OutputFolder.CopyDirectory(Path.Combine(repositoryRoot, "themes", "default"), Path.Combine(output, "themes", "default"));
        var content = Path.Combine(output, "content");

        foreach (var c in corpus.Countries)
        {
            Document(Path.Combine(content, "countries", c.Id + ".md"), c.Body,
                $"title: {Yaml.Quote(c.Title)}", $"iso3: {c.Iso3}", $"capital: {Yaml.Quote(c.Capital)}", $"region: {Yaml.Quote(c.Region)}");
        }

        foreach (var a in corpus.Agreements)
        {
            Document(Path.Combine(content, "agreements", a.Id + ".md"), a.Body,
                $"title: {Yaml.Quote(a.Title)}", $"kind: {a.Kind}", $"parties: {Yaml.List(a.Parties)}", $"signed: {a.Signed}",
                $"period: {{start: {a.PeriodStart}, end: {a.PeriodEnd}}}", $"status: {a.Status}", $"citations: {Yaml.List(a.Citations)}");
        }

        foreach (var c in corpus.Citations)
        {
            var keys = new List<string> { $"title: {Yaml.Quote(c.Title)}" };
            if (c.TitleEn is not null)
            {
                keys.Add($"title_en: {Yaml.Quote(c.TitleEn)}");
                keys.Add($"language: {c.Language}");
            }

            keys.Add($"type: {c.Type}");
            keys.Add($"publisher: {Yaml.Quote(c.Publisher)}");
            if (c.Authors.Count > 0)
            {
                keys.Add($"authors: {Yaml.QuotedList(c.Authors)}");
            }

            keys.Add($"published: {c.Published}");
            keys.Add($"url: {Yaml.Quote(c.Url)}");
            keys.Add($"accessed: {c.Accessed}");
            Document(Path.Combine(content, "citations", c.Id + ".md"), c.Body, [.. keys]);
        }

        foreach (var a in corpus.Articles)
        {
            Document(Path.Combine(content, "articles", a.Id + ".md"), a.Body,
                $"title: {Yaml.Quote(a.Title)}", $"summary: {Yaml.Quote(a.Summary)}", $"date: {a.Date}", $"authors: {Yaml.QuotedList(a.Authors)}",
                $"countries: {Yaml.List(a.Countries)}", $"agreements: {Yaml.List(a.Agreements)}", $"tags: {Yaml.List(a.Tags.Distinct())}");
        }
    }

    private static void Document(string path, string body, params string[] frontMatter)
    {
        var text = new StringBuilder("---\n");
        foreach (var line in frontMatter)
        {
            text.Append(line).Append('\n');
        }

        text.Append("---\n\n").Append(body);
        OutputFolder.Write(path, text.ToString());
    }
}
