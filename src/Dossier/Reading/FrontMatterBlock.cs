namespace Dossier.Reading;

/// <summary>
/// A file split into its YAML front matter and Markdown body: the YAML, the line it starts on, and where in the file's
/// text the body starts (its character and its line). Both are left in place in the file's text.
/// </summary>
public sealed record FrontMatterBlock(ReadOnlyMemory<char> Yaml, int YamlStartLine, int BodyStart, int BodyStartLine);
