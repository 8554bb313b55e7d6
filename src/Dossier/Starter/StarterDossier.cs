using System.Reflection;
using System.Text;
using Dossier.Collections;
using Dossier.Content.Schema;

namespace Dossier.Starter;

/// <summary>
/// <c>dossier init</c>: writes a new dossier that builds and passes <c>dossier check</c> as it is — settings, one
/// article citing one source and linking one country, a README, <c>.gitignore</c>, the GitHub workflows, VS Code
/// settings and the JSON Schemas they point at. The files are resources of this assembly (Starter/Files), with
/// <c>%NAME%</c> placeholders; a path segment starting with <c>_</c> is written with a dot (<c>_github</c> →
/// <c>.github</c>), so the templates are not themselves a .gitignore or workflows of this repository.
/// </summary>
public static class StarterDossier
{
    private const string Prefix = "Dossier.Starter/";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the dossier into <paramref name="directory"/>, which must be new or empty.</summary>
    /// <returns>The files written relative to the folder, or the reason nothing was written.</returns>
    public static (IReadOnlyList<string> Written, string? Problem) Write(string directory, StarterRequest request)
    {
        if (Problem(directory, request) is { } problem)
        {
            return ([], problem);
        }

        var files = Files(request);
        foreach (var (relative, text) in files)
        {
            var path = Path.Combine(directory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // CreateNew: a file that appeared since the folder was found empty is never overwritten.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(Utf8.GetBytes(text));
        }

        return (files.Select(f => f.Path).ToList(), null);
    }

    /// <summary>Every file of the new dossier with its text, in the order they are written.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(StarterRequest request)
    {
        var assembly = typeof(StarterDossier).Assembly;
        var templates = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (Path: OutputPath(n[Prefix.Length..]), Text: Fill(Read(assembly, n), request)));
        var schemas = SchemaFiles.Of(CollectionSet.BuiltIn).Select(s => (Path: $"schemas/{s.File}", Text: JsonSchemaWriter.Write(s.Schema)));
        return [.. templates, .. schemas];
    }

    private static string? Problem(string directory, StarterRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Title))
        {
            return "the title is empty";
        }

        if (request.Title.Any(char.IsControl))
        {
            return "the title must be one line of text";
        }

        if (request.BaseUrl is { } baseUrl
            && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            return $"--base-url must be an absolute http(s) address such as https://you.github.io/your-dossier/, not `{baseUrl}`";
        }

        if (File.Exists(directory))
        {
            return $"`{directory}` is a file: name a new or empty folder";
        }

        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Order(StringComparer.Ordinal).Take(3).ToList() is { Count: > 0 } present)
        {
            var names = string.Join(", ", present.Select(Path.GetFileName));
            return $"`{directory}` is not empty (it holds {names}{(present.Count == 3 ? ", …" : "")}): dossier init starts a dossier in a new or empty folder, "
                   + "so that nothing of yours is overwritten; name another folder";
        }

        return null;
    }

    private static string OutputPath(string resource) =>
        string.Join('/', resource.Replace('\\', '/').Split('/').Select(s => s.StartsWith('_') ? "." + s[1..] : s));

    private static string Fill(string template, StarterRequest request)
    {
        var title = request.Title.Trim();
        var baseUrl = request.BaseUrl is { } url
            ? $"base_url: {Quoted(url.EndsWith('/') ? url : url + "/")}"
            : "# base_url: https://you.github.io/your-dossier/   # where the site is published (adds a sitemap and full links in feeds)";
        return template
            .Replace("%TITLE%", Quoted(title), StringComparison.Ordinal)
            .Replace("%TITLE_TEXT%", title, StringComparison.Ordinal)
            .Replace("%BASE_URL%", baseUrl, StringComparison.Ordinal)
            .Replace("%TODAY%", request.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("%VERSION%", request.Version, StringComparison.Ordinal);
    }

    /// <summary>A YAML double-quoted scalar: backslashes and quotes escaped (control characters were refused).</summary>
    private static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Utf8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
