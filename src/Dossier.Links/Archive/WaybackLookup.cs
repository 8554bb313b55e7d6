using System.Text.Json;
using Dossier.Links.Checking;

namespace Dossier.Links.Archive;

/// <summary>
/// Asks the Wayback Machine availability API (<c>GET {endpoint}?url=…&amp;timestamp=yyyyMMdd</c>) for the archived copy
/// of a page closest to the day the source was read, to suggest as the citation's <c>archive_url</c>.
/// </summary>
internal sealed class WaybackLookup(RetryingSender sender, HostGates gates, Uri endpoint)
{
    public async Task<ArchiveAnswer> FindAsync(string url, DateOnly? near, CancellationToken cancellationToken)
    {
        var timestamp = near is { } day ? "&timestamp=" + day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) : "";
        var query = new UriBuilder(endpoint) { Query = "url=" + Uri.EscapeDataString(url) + timestamp }.Uri;
        try
        {
            using var slot = await gates.EnterAsync(query, cancellationToken).ConfigureAwait(false);
            // The whole answer is read within the timeout (it is small JSON).
            using var response = await sender.SendAsync(HttpMethod.Get, query, HttpCompletionOption.ResponseContentRead, null, null, cancellationToken)
                .ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return new ArchiveAnswer(Url: null, $"the archive answered HTTP {(int)response.StatusCode}");
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new ArchiveAnswer(Closest(json.RootElement));
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException { InnerException: TimeoutException }
            && !cancellationToken.IsCancellationRequested)
        {
            // A missing suggestion is no reason to fail the check.
            return new ArchiveAnswer(Url: null, ex is JsonException ? "the archive's answer was not JSON" : ex is HttpRequestException ? $"the archive could not be reached ({ex.Message})" : "the archive did not answer in time");
        }
    }

    private static string? Closest(JsonElement root)
    {
        if (!root.TryGetProperty("archived_snapshots", out var snapshots)
            || !snapshots.TryGetProperty("closest", out var closest)
            || !closest.TryGetProperty("available", out var available) || available.ValueKind != JsonValueKind.True
            || !closest.TryGetProperty("url", out var snapshot) || snapshot.GetString() is not { Length: > 0 } address)
        {
            return null;
        }

        // The API answers with http:// links to web.archive.org, which serves them over https too.
        return address.StartsWith("http://web.archive.org/", StringComparison.OrdinalIgnoreCase)
            ? "https://" + address["http://".Length..]
            : address;
    }
}
