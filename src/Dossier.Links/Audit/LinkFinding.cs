using Dossier.Links.Checking;
using Dossier.Links.Targets;

namespace Dossier.Links.Audit;

/// <summary>
/// The verdict for one place a URL is written. It can differ from the URL's own verdict: a citation whose
/// page answers but no longer holds its quote is <see cref="Verdict.QuoteMissing"/>.
/// </summary>
public sealed record LinkFinding(LinkTarget Target, Verdict Verdict, string Reason, LinkResult Result)
{
    /// <summary>The <c>url:</c> to write instead, for a permanent redirect.</summary>
    public string? SuggestedUrl => Verdict == Verdict.Redirected ? Result.SuggestedUrl : null;

    /// <summary>An <c>archive_url:</c> to add, for a dead, moved, usurped or unfit citation that has none.</summary>
    public string? SuggestedArchiveUrl => Target.WantsArchive(Result.Verdict) ? Result.ArchiveUrl : null;

    /// <summary>For a quote still on its page: the page changed around it since the last check (information, not a failure).</summary>
    public QuoteDrift? Drift { get; init; }

    /// <summary>For a quote gone from its page: the archived copy to read it in, or why there is none.</summary>
    public QuoteArchive? Archive { get; init; }

    /// <summary>Requests sent for the URL in this run, every hop and retry counted (0 when it came from the cache).</summary>
    public int Attempts => Result.Requests;

    /// <summary>How long this run spent checking the URL (zero when it came from the cache).</summary>
    public TimeSpan Duration => Result.Duration;

    public static LinkFinding For(LinkTarget target, LinkResult result)
    {
        if (target.Kind == TargetKind.NoteQuote && result.Verdict is not (Verdict.Ok or Verdict.Redirected))
        {
            // The source's own finding reports the page; the footnote only says its words could not be looked for.
            return new LinkFinding(target, Verdict.Unverifiable, $"quote not checked: the page of `{target.CitedId}` is {result.Verdict.Name()} ({result.Reason})", result);
        }

        if (target.Quote is not { } quote || result.Verdict is not (Verdict.Ok or Verdict.Redirected))
        {
            return new LinkFinding(target, result.Verdict, result.Reason, result);
        }

        var note = result.QuoteNote is { } n ? $" ({n})" : "";
        return result.Quotes.GetValueOrDefault(quote, QuoteFinding.Unchecked) switch
        {
            QuoteFinding.Found => new LinkFinding(target, result.Verdict, $"{result.Reason}; quote found", result),
            QuoteFinding.Missing => new LinkFinding(target, Verdict.QuoteMissing,
                $"the page {Of(target)}no longer contains the quote \"{Shorten(quote)}\"{note}", result),
            _ => new LinkFinding(target, Verdict.Unverifiable, $"{result.Reason}; quote not checked{note}", result),
        };
    }

    private static string Of(LinkTarget target) => target.CitedId is { } id ? $"of `{id}` " : "";

    private static string Shorten(string quote) => quote.Length <= 80 ? quote : quote[..77] + "…";
}
