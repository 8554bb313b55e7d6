using Dossier.Links.Checking;

namespace Dossier.Links.Cache;

/// <summary>A quote checked on a page, and what was found.</summary>
public sealed record CachedQuote(string Text, QuoteFinding Finding);
