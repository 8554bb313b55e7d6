namespace Dossier.Diagnostics;

/// <summary>
/// A GitHub Actions workflow command (<c>::error file=…,line=…::message</c>), escaped as the Actions
/// toolkit escapes it, so text from content can neither end the command nor forge another one.
/// </summary>
public static class WorkflowCommand
{
    /// <summary>The command <paramref name="level"/> (<c>error</c>, <c>warning</c>) with its properties, in order, and message.</summary>
    public static string Of(string level, IEnumerable<(string Name, string Value)> properties, string message) =>
        $"::{level} {string.Join(',', properties.Select(p => $"{p.Name}={Property(p.Value)}"))}::{Data(message)}";

    public static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    public static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
