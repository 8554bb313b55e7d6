using Microsoft.AspNetCore.StaticFiles;

namespace Dossier.Serve.Files;

/// <summary>The Content-Type of a site file, from its extension; text types say they are UTF-8 (the build writes UTF-8).</summary>
public static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Known = new();

    public static string Of(string fileName)
    {
        if (!Known.TryGetContentType(fileName, out var type))
        {
            return "application/octet-stream";
        }

        var isText = type.StartsWith("text/", StringComparison.Ordinal)
                     || type is "application/json" or "application/javascript" or "text/javascript" or "application/xml";
        return isText ? type + "; charset=utf-8" : type;
    }

    public static bool IsHtml(string fileName) =>
        fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
}
