using System.Net.Http.Headers;
using Dossier.Links.Checking;
using Dossier.Links.Network;
using Dossier.Links.Quotes;

namespace Dossier.Links.PageMetadata;

/// <summary>
/// Fetches one page for <c>dossier new citation --from-url</c> through the link checker's guarded client — the same
/// address rules (no private, loopback or link-local address unless a host is allowed by name; link-local never), every
/// redirect hop guarded again — and reads its metadata with <see cref="MetadataReader"/>.
/// </summary>
public static class CitationLookup
{
    private const int MaxRedirects = 10;

    /// <param name="url">The page, absolute http(s).</param>
    /// <param name="allowHosts">Hosts or addresses allowed although not public (<c>--allow-host</c>).</param>
    /// <param name="userAgent">Sent with the request, so the publisher sees who asks.</param>
    /// <param name="timeout">How long the page may take to answer, and again to arrive.</param>
    /// <param name="cancellationToken">Stops the lookup.</param>
    public static async Task<LookupOutcome> LookUpAsync(Uri url, IReadOnlyList<string> allowHosts, string userAgent, TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var options = new LinkCheckerOptions { AllowHosts = allowHosts, Timeout = timeout, UserAgent = userAgent, PerHost = 1 };
        using var client = CheckerHttpClient.Create(options, new GuardedConnector(new AddressRule(new HostAllowList(allowHosts))));
        var current = url;
        try
        {
            for (var hop = 0; hop <= MaxRedirects; hop++)
            {
                using var response = await client.GetAsync(current, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    current = new Uri(current, location);
                    if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
                    {
                        return new LookupOutcome { Problem = $"{url} redirects to {current}, which is not an http(s) address" };
                    }

                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    return new LookupOutcome { Problem = $"{current} answered HTTP {status} {response.ReasonPhrase}".TrimEnd() };
                }

                var type = response.Content.Headers.ContentType;
                if (!IsHtml(type))
                {
                    return new LookupOutcome { Problem = $"{current} is not an HTML page (it is {type?.MediaType ?? "of no stated type"}): fill in the citation with --url and --title" };
                }

                var body = await ReadCappedAsync(response.Content, options.MaxBodyBytes, timeout, cancellationToken).ConfigureAwait(false);
                var html = BodyEncoding.Detect(body, type).GetString(body);
                return new LookupOutcome { Metadata = MetadataReader.Read(html, current), FetchedFrom = current };
            }

            return new LookupOutcome { Problem = $"{url} redirects more than {MaxRedirects} times" };
        }
        catch (HttpRequestException ex) when (ex.InnerException is BlockedAddressException blocked)
        {
            return new LookupOutcome { Problem = $"{current} was not fetched: {blocked.Message}", Refused = true };
        }
        catch (HttpRequestException ex)
        {
            return new LookupOutcome { Problem = $"{current} could not be fetched: {ex.Message}", Unreachable = true };
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new LookupOutcome { Problem = $"{current} did not answer within {timeout.TotalSeconds:0} s", Unreachable = true };
        }
    }

    private static bool IsHtml(MediaTypeHeaderValue? type) =>
        type?.MediaType is not { } media
        || media.Equals("text/html", StringComparison.OrdinalIgnoreCase) || media.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first <paramref name="cap"/> bytes (decompressed): the metadata is in the head, long before a cap of megabytes.</summary>
    private static async Task<byte[]> ReadCappedAsync(HttpContent content, long cap, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        await using var stream = await content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        while (buffer.Length < cap)
        {
            var read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, cap - buffer.Length)), deadline.Token).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
