using System.Globalization;
using Dossier.Links.Archive;

namespace Dossier.Links.Audit;

/// <summary>
/// Where to read a quote that is gone from its page as it was: the source's own <c>archive_url</c>, else the Wayback copy
/// nearest the day the source was read; or, in one clause, why there is none to offer.
/// </summary>
public sealed record QuoteArchive(string? Url, string Clause)
{
    public static QuoteArchive Recorded(string url) => new(url, $"the source's archived copy: {url}");

    public static QuoteArchive Of(ArchiveAnswer answer, DateOnly? accessed)
    {
        var near = accessed is { } day ? $" nearest the accessed date ({day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : "";
        return answer switch
        {
            { Url: { } url } => new(url, $"archived copy{near}: {url}"),
            { Failure: { } failure } => new(null, $"no archived copy to point to: the Wayback lookup failed ({failure})"),
            _ => new(null, "no archived copy to point to: the Wayback Machine has no copy of the page"),
        };
    }
}
