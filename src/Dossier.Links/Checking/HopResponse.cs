using System.Net.Http.Headers;

namespace Dossier.Links.Checking;

/// <summary>The part of one hop's answer the checker keeps: status, where it redirects, and the (capped) body when read.</summary>
internal sealed record HopResponse(int Status, string StatusText, Uri? Location)
{
    public bool IsChallenge { get; init; }

    /// <summary>Set when HEAD was refused and the answer is GET's, e.g. "HEAD answered 405".</summary>
    public string? HeadFallback { get; init; }

    public MediaTypeHeaderValue? ContentType { get; init; }

    public byte[]? Body { get; init; }

    /// <summary>The body was longer than the cap and only its start was read.</summary>
    public bool Truncated { get; init; }

    public bool IsRedirect => Status is 301 or 302 or 303 or 307 or 308 && Location is not null;

    public bool IsPermanentRedirect => Status is 301 or 308;
}
