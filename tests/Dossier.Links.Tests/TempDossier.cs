using System.Text;

namespace Dossier.Links.Tests;

/// <summary>A small dossier written to a temporary folder: dossier.yml, citations and an article, deleted afterwards.</summary>
public sealed class TempDossier : IDisposable
{
    public TempDossier()
    {
        Root = Path.Combine(Path.GetTempPath(), "dossier-links-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(Root, "content", "citations"));
        Directory.CreateDirectory(Path.Combine(Root, "content", "articles"));
        File.WriteAllText(Path.Combine(Root, "dossier.yml"), "title: Test dossier\nrepo_url: https://example.org/test/dossier\n");
    }

    public string Root { get; }

    /// <summary>Writes <c>content/citations/{id}.md</c>; the <c>url:</c> value is always on line 6.</summary>
    public string AddCitation(string id, string url, string? quote = null, string? archiveUrl = null)
    {
        var text = new StringBuilder()
            .Append("---\n")
            .Append($"title: \"Source {id}\"\n")
            .Append("type: web\n")
            .Append("publisher: \"Test publisher\"\n")
            .Append("accessed: 2024-12-31\n")
            .Append($"url: \"{url}\"\n");
        if (quote is not null)
        {
            text.Append($"quote: \"{quote.Replace("\"", "\\\"", StringComparison.Ordinal)}\"\n");
        }

        if (archiveUrl is not null)
        {
            text.Append($"archive_url: \"{archiveUrl}\"\n");
        }

        text.Append("---\n\nAn annotation.\n");
        var path = $"content/citations/{id}.md";
        File.WriteAllText(Path.Combine(Root, path), text.ToString());
        return path;
    }

    /// <summary>Writes an article whose body has <paramref name="body"/> starting on line 6.</summary>
    public string AddArticle(string id, string body)
    {
        var path = $"content/articles/{id}.md";
        File.WriteAllText(Path.Combine(Root, path), $"---\ntitle: \"Article {id}\"\ndate: 2024-01-01\n---\n\n{body}\n");
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
