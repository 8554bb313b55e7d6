namespace Dossier.Links.Writing;

/// <summary>A key to set in front matter, and how to quote it when the key is new (an existing key keeps its own quoting).</summary>
public sealed record FrontMatterValue(string Key, string Value, YamlQuoting NewQuoting = YamlQuoting.Plain);
