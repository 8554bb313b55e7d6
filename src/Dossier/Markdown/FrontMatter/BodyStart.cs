using Markdig;

namespace Dossier.Markdown.FrontMatter;

/// <summary>
/// What a parse of a whole content file is told: how many lines of front matter come before the body, for
/// <see cref="FrontMatterSkipper"/> to pass over.
/// </summary>
public sealed class BodyStart(int frontMatterLines) : MarkdownParserContext
{
    public int FrontMatterLines { get; } = frontMatterLines;
}
