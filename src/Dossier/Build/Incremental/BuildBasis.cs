using Dossier.Health;
using Dossier.Reading;
using Dossier.Templating;

namespace Dossier.Build.Incremental;

/// <summary>
/// The fingerprint of what every page depends on: <c>dossier.yml</c>, every file the theme was loaded from, whether drafts
/// are built, and the link checks shown to readers. When it changes, every page is made again.
/// </summary>
public static class BuildBasis
{
    /// <param name="theme">The theme as loaded for this build (its files are not read again), or null when it did not load.</param>
    public static Fingerprint Of(SourceFile? settings, Theme? theme, bool includeDrafts, IReadOnlyDictionary<string, LinkHealth> linkHealth)
    {
        var builder = new FingerprintBuilder().Add(settings?.Text).Add(includeDrafts).Add(theme?.Name).Add(theme?.Files ?? default);

        foreach (var (url, health) in linkHealth.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            builder.Add(url).Add(health.Url).Add((int)health.State).Add(health.CheckedOn.DayNumber)
                .Add(health.ArchiveUrl).Add(health.QuoteVerified is { } verified ? (verified ? 1 : 0) : -1).Add(health.Quotes.Count);
            foreach (var (quote, found) in health.Quotes.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                builder.Add(quote).Add(found);
            }
        }

        return builder.Build();
    }
}
