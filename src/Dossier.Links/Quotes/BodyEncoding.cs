using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Links.Quotes;

/// <summary>
/// Finds a page's character encoding as browsers do: a byte-order mark, then the Content-Type charset,
/// then a <c>&lt;meta charset&gt;</c> in the first 1024 bytes, then UTF-8.
/// </summary>
public static partial class BodyEncoding
{
    static BodyEncoding()
    {
        // windows-1251, koi8-r, shift_jis and friends live in the code-pages provider, not in the core set.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static Encoding Detect(ReadOnlySpan<byte> body, MediaTypeHeaderValue? contentType)
    {
        if (body.StartsWith((byte[])[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8;
        }

        if (body.StartsWith((byte[])[0xFF, 0xFE]))
        {
            return Encoding.Unicode;
        }

        if (body.StartsWith((byte[])[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode;
        }

        return Named(contentType?.CharSet) ?? Named(MetaCharset(body)) ?? Encoding.UTF8;
    }

    private static Encoding? Named(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(name.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? MetaCharset(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 1024)]);
        var match = MetaPattern().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<charset>[A-Za-z0-9_:.-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaPattern();
}
