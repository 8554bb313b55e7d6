namespace Dossier.CorpusGenerator;

/// <summary>YAML scalars and flow lists, always double-quoted where text is free-form.</summary>
internal static class Yaml
{
    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public static string List(IEnumerable<string> items) => "[" + string.Join(", ", items) + "]";

    public static string QuotedList(IEnumerable<string> items) => List(items.Select(Quote));
}
