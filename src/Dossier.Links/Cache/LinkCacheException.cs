namespace Dossier.Links.Cache;

/// <summary>The cache file exists but cannot be read as one.</summary>
public sealed class LinkCacheException(string message, Exception? inner = null) : Exception(message, inner);
