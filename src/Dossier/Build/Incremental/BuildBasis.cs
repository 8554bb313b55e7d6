using Dossier.Health;
using Dossier.Reading;

namespace Dossier.Build.Incremental;

/// <summary>
/// The fingerprint of what every page depends on: <c>dossier.yml</c>, every file of the theme, whether drafts
/// are built, and the link checks shown to readers. When it changes, every page is made again.
/// </summary>
public static class BuildBasis
{
    public static Fingerprint Of(SourceFile? settings, string themeFolder, bool includeDrafts, IReadOnlyDictionary<string, LinkHealth> linkHealth)
    {
        var builder = new FingerprintBuilder().Add(settings?.Text).Add(includeDrafts);
        if (Directory.Exists(themeFolder))
        {
            foreach (var file in Directory.EnumerateFiles(themeFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                builder.Add(Path.GetRelativePath(themeFolder, file)).Add(File.ReadAllBytes(file));
            }
        }

        foreach (var (url, health) in linkHealth.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            builder.Add(url).Add(health.Url).Add((int)health.State).Add(health.CheckedOn.DayNumber)
                .Add(health.ArchiveUrl).Add(health.QuoteVerified is { } verified ? (verified ? 1 : 0) : -1);
        }

        return builder.Build();
    }
}
