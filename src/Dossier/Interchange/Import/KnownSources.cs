using System.Text.RegularExpressions;
using Dossier.Content;
using Dossier.Lints;

namespace Dossier.Interchange.Import;

/// <summary>
/// The sources a dossier already has, to import nothing twice: by DOI and entry key (read back from the comment an
/// import writes into each file) and by URL (compared as the duplicate-URL lint compares them).
/// </summary>
public sealed partial class KnownSources
{
    private readonly Dictionary<string, string> _byDoi = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _byUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);

    /// <summary>The marker line an imported file carries: it names the entry's key.</summary>
    public const string ImportedFrom = "# Imported by `dossier import` from ";

    public static KnownSources Of(IEnumerable<Citation> citations, Func<string, string?> readText)
    {
        var known = new KnownSources();
        foreach (var citation in citations)
        {
            var path = citation.Source.Path;
            known.AddUrl(citation.Url, path);
            if (citation.ArchiveUrl is { } archive)
            {
                known.AddUrl(archive, path);
            }

            if (readText(path) is { } text)
            {
                if (KeyLine().Match(text) is { Success: true } key)
                {
                    known._byKey.TryAdd(key.Groups[1].Value, path);
                }

                if (DoiLine().Match(text) is { Success: true } doi)
                {
                    known._byDoi.TryAdd(NormalDoi(doi.Groups[1].Value), path);
                }
            }
        }

        return known;
    }

    /// <summary>The file already holding this entry's source, and what matched, or null.</summary>
    public (string Path, string Because)? Find(InterchangeEntry entry)
    {
        if (entry.Doi is { } doi && _byDoi.TryGetValue(NormalDoi(doi), out var byDoi))
        {
            return (byDoi, $"the same DOI {doi}");
        }

        if (entry.Url is { } url && _byUrl.TryGetValue(UrlIdentity.Of(url), out var byUrl))
        {
            return (byUrl, "the same URL");
        }

        return entry.Key.Length > 0 && _byKey.TryGetValue(entry.Key, out var byKey) ? (byKey, $"the same key `{entry.Key}`") : null;
    }

    /// <summary>Remembers a source imported now, so a file listing it twice imports it once.</summary>
    public void Add(InterchangeEntry entry, string path)
    {
        if (entry.Doi is { } doi)
        {
            _byDoi.TryAdd(NormalDoi(doi), path);
        }

        if (entry.Url is { } url)
        {
            AddUrl(url, path);
        }

        if (entry.Key.Length > 0)
        {
            _byKey.TryAdd(entry.Key, path);
        }
    }

    private void AddUrl(string url, string path) => _byUrl.TryAdd(UrlIdentity.Of(url), path);

    /// <summary>A DOI without its resolver prefix (<c>https://doi.org/10.1/x</c> and <c>10.1/x</c> are one DOI).</summary>
    public static string NormalDoi(string doi)
    {
        var value = doi.Trim();
        foreach (var prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:" })
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return value[prefix.Length..];
            }
        }

        return value;
    }

    [GeneratedRegex(@"^# Imported by `dossier import` from .*, entry `([^`]+)`", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"^#\s+(?:doi|DO|DOI):\s*(\S+)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex DoiLine();
}
