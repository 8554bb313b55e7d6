using System.Text;

namespace Dossier.CorpusGenerator;

/// <summary>
/// Writes the same corpus as a Hugo site: the same documents and text, citations as standard footnotes, wiki-links as
/// relative links, and the small layout in <c>tools/corpus-generator/hugo-site</c> (of similar weight to Dossier's theme).
/// Front-matter keys Hugo reserves (<c>url</c>, <c>type</c>, <c>published</c>, <c>kind</c>) are renamed.
/// </summary>
internal static class HugoWriter
{
    public static void Write(Corpus corpus, string output, string repositoryRoot)
    {
        OutputFolder.Prepare(output);
        var site = Path.Combine(repositoryRoot, "tools", "corpus-generator", "hugo-site");
        OutputFolder.CopyDirectory(site, output);
        File.Copy(Path.Combine(repositoryRoot, "themes", "default", "assets", "site.css"), Path.Combine(Directory.CreateDirectory(Path.Combine(output, "static", "assets")).FullName, "site.css"));

        var pages = new Dictionary<string, (string Section, string Title)>(StringComparer.Ordinal);
        corpus.Countries.ToList().ForEach(c => pages[c.Id] = ("countries", c.Title));
        corpus.Agreements.ToList().ForEach(a => pages[a.Id] = ("agreements", a.Title));
        corpus.Articles.ToList().ForEach(a => pages[a.Id] = ("articles", a.Title));
        var translator = new HugoContent(corpus.Citations.ToDictionary(c => c.Id, StringComparer.Ordinal), pages);
        var content = Path.Combine(output, "content");

        Page(Path.Combine(content, "_index.md"), "", $"title: {Yaml.Quote("Generated dossier")}", $"description: {Yaml.Quote("A generated dossier for benchmarks.")}");
        Page(Path.Combine(content, "articles", "_index.md"), "", "title: Articles");
        Page(Path.Combine(content, "countries", "_index.md"), "", "title: Countries");
        Page(Path.Combine(content, "agreements", "_index.md"), "", "title: Agreements");
        Page(Path.Combine(content, "sources", "_index.md"), "", "title: Sources");
        Page(Path.Combine(content, "bibliography.md"), "", "title: Bibliography", "layout: bibliography", $"description: {Yaml.Quote("Every source cited in the dossier.")}");

        foreach (var c in corpus.Countries)
        {
            var (body, cited) = translator.Translate(c.Body);
            Page(Path.Combine(content, "countries", c.Id + ".md"), body, $"title: {Yaml.Quote(c.Title)}", $"iso3: {c.Iso3}",
                $"capital: {Yaml.Quote(c.Capital)}", $"region: {Yaml.Quote(c.Region)}", $"detail: {Yaml.Quote(c.Region)}", $"cites: {Yaml.List(cited)}");
        }

        foreach (var a in corpus.Agreements)
        {
            var (body, cited) = translator.Translate(a.Body);
            Page(Path.Combine(content, "agreements", a.Id + ".md"), body, $"title: {Yaml.Quote(a.Title)}", $"agreement_kind: {a.Kind}",
                $"parties: {Yaml.List(a.Parties)}", $"signed: {Yaml.Quote(a.Signed)}", $"status: {a.Status}", $"detail: {Yaml.Quote(a.Signed)}",
                $"citations: {Yaml.List(a.Citations)}", $"cites: {Yaml.List(cited.Union(a.Citations))}");
        }

        foreach (var c in corpus.Citations)
        {
            var keys = new List<string> { $"title: {Yaml.Quote(c.Title)}" };
            if (c.TitleEn is not null)
            {
                keys.Add($"title_en: {Yaml.Quote(c.TitleEn)}");
                keys.Add($"title_lang: {c.Language}");
            }

            keys.Add($"source_type: {c.Type}");
            keys.Add($"publisher: {Yaml.Quote(c.Publisher)}");
            keys.Add($"authors: {Yaml.QuotedList(c.Authors)}");
            keys.Add($"issued: {Yaml.Quote(c.Published)}");
            keys.Add($"source_url: {Yaml.Quote(c.Url)}");
            keys.Add($"accessed: {Yaml.Quote(c.Accessed)}");
            keys.Add($"detail: {Yaml.Quote(c.Publisher)}");
            Page(Path.Combine(content, "sources", c.Id + ".md"), c.Body, [.. keys]);
        }

        foreach (var a in corpus.Articles)
        {
            var (body, cited) = translator.Translate(a.Body);
            Page(Path.Combine(content, "articles", a.Id + ".md"), body, $"title: {Yaml.Quote(a.Title)}", $"description: {Yaml.Quote(a.Summary)}",
                $"date: {a.Date}", $"authors: {Yaml.QuotedList(a.Authors)}", $"about: {Yaml.List(a.Countries)}", $"covers: {Yaml.List(a.Agreements)}",
                $"tags: {Yaml.List(a.Tags.Distinct())}", $"cites: {Yaml.List(cited)}");
        }
    }

    private static void Page(string path, string body, params string[] frontMatter)
    {
        var text = new StringBuilder("---\n");
        foreach (var line in frontMatter)
        {
            text.Append(line).Append('\n');
        }

        text.Append("---\n");
        if (body.Length > 0)
        {
            text.Append('\n').Append(body);
        }

        OutputFolder.Write(path, text.ToString());
    }
}
