namespace Dossier.Links.Writing;

/// <summary>How a YAML scalar was written, so a value written back keeps the editor's style.</summary>
public enum YamlQuoting
{
    Plain,
    Single,
    Double,
}
