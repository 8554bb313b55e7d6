namespace Dossier.Reading;

/// <summary>
/// A file split into its YAML front matter and Markdown body: the YAML, the line it starts on, and where in the file's
/// text the body starts (its character and its line). The body is left in place: it is most of the file.
/// </summary>
public sealed record FrontMatterBlock(string Yaml, int YamlStartLine, int BodyStart, int BodyStartLine);
