using System.Reflection;

namespace Dossier.Serve.Reload;

/// <summary>The live-reload script, and putting a reference to it into an HTML response (never into a file on disk).</summary>
public static class ReloadScript
{
    public const string EventsPath = "/_dossier/events";

    public const string ScriptPath = "/_dossier/reload.js";

    public const string Tag = "<script src=\"" + ScriptPath + "\" defer></script>";

    /// <summary>The script's text (Reload/reload.js, embedded).</summary>
    public static string Text { get; } = Load();

    /// <summary>The page with the script tag inserted before its last <c>&lt;/body&gt;</c>, or appended when it has none.</summary>
    public static string InjectInto(string html)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + Tag : string.Concat(html.AsSpan(0, end), Tag, html.AsSpan(end));
    }

    private static string Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Dossier.Serve.reload.js")
                           ?? throw new InvalidOperationException("reload.js is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
