using Dossier.Diagnostics;

namespace Dossier.Content;

/// <summary>An id named somewhere in the content (front matter or Markdown), with where it was written.</summary>
public sealed record IdReference(string Id, SourceSpan Span);
