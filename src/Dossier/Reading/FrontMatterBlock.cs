namespace Dossier.Reading;

/// <summary>A file split into its YAML front matter and Markdown body, with the line each starts on.</summary>
public sealed record FrontMatterBlock(string Yaml, int YamlStartLine, string Body, int BodyStartLine);
