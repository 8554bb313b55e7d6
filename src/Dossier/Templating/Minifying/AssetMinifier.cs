using System.Text;

namespace Dossier.Templating.Minifying;

/// <summary>
/// Makes a theme's stylesheets and scripts smaller as the build copies them: comments and indentation go, every token
/// stays. The theme's own files and a dossier's overrides are treated alike; a file already named <c>*.min.css</c> or
/// <c>*.min.js</c>, any other kind of file, and a file the minifiers cannot read with certainty are copied as they are.
/// </summary>
public static class AssetMinifier
{
    public static byte[] Minify(string relativePath, byte[] content)
    {
        var name = relativePath.ToLowerInvariant();
        if (name.EndsWith(".min.css", StringComparison.Ordinal) || name.EndsWith(".min.js", StringComparison.Ordinal))
        {
            return content;
        }

        Func<string, string?>? minify = Path.GetExtension(name) switch
        {
            ".css" => StylesheetMinifier.Minify,
            ".js" or ".mjs" => ScriptMinifier.Minify,
            _ => null,
        };
        if (minify is null || !TryDecode(content, out var text))
        {
            return content;
        }

        return minify(text) is { } minified ? Encoding.UTF8.GetBytes(minified) : content;
    }

    /// <summary>Strict UTF-8 (a BOM dropped): a file in another encoding is copied untouched rather than re-encoded.</summary>
    private static bool TryDecode(byte[] content, out string text)
    {
        try
        {
            var start = content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content, start, content.Length - start);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
