using Markdig.Parsers;
using Markdig.Syntax;

namespace Dossier.Markdown.FrontMatter;

/// <summary>The front-matter lines while <see cref="FrontMatterSkipper"/> passes over them; never left in a parsed document.</summary>
public sealed class SkippedFrontMatter(BlockParser parser) : LeafBlock(parser);
