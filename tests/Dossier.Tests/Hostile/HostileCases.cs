using System.Text;

namespace Dossier.Tests.Hostile;

/// <summary>The corpus of hostile fixtures, by name. Each names the diagnostic code and position it must produce.</summary>
public static class HostileCases
{
    private const string C = "content/countries/";
    private const string A = "content/articles/";

    public static readonly IReadOnlyDictionary<string, HostileCase> All = new Dictionary<string, HostileCase>
    {
        ["invalid-utf8"] = new(C + "x.md", () => [.. Utf8("---\ntitle: Caf"), 0xE9, .. Utf8("\niso3: CAF\n---\n")], "DOS001", C + "x.md:2:1"),
        ["utf16"] = new(C + "x.md", () => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("---\ntitle: X\n---\n")], "DOS001", C + "x.md:1:1"),
        ["empty-file"] = new(C + "x.md", () => [], "DOS002", C + "x.md:1:1"),
        ["no-front-matter"] = new(C + "x.md", () => Utf8("# Just a heading\n"), "DOS002", C + "x.md:1:1"),
        ["unterminated-front-matter"] = new(C + "x.md", () => Utf8("---\ntitle: X\niso3: XXX\n"), "DOS002", C + "x.md:1:1"),
        ["tab-indented-yaml"] = new(C + "x.md", () => Utf8("---\ntitle: X\n\tiso3: XXX\n---\n"), "DOS003", C + "x.md:2:8"),
        ["yaml-syntax"] = new(C + "x.md", () => Utf8("---\ntitle: X: Y: [\n---\n"), "DOS003", C + "x.md:2:9"),
        ["duplicate-key"] = new(C + "x.md", () => Utf8("---\ntitle: X\ntitle: Y\niso3: XXX\n---\n"), "DOS020", C + "x.md:3:1"),
        ["list-where-string-belongs"] = new(C + "x.md", () => Utf8("---\ntitle: [X, Y]\niso3: XXX\n---\n"), "DOS006", C + "x.md:2:8"),
        ["null-title"] = new(C + "x.md", () => Utf8("---\ntitle: ~\niso3: XXX\n---\n"), "DOS005", C + "x.md:2:1"),
        ["billion-laughs"] = new(C + "x.md", BillionLaughs, "DOS003", C + "x.md:2:5"),
        ["nesting-10000-deep"] = new(C + "x.md", () => Utf8("---\ntitle: " + new string('[', 10_000) + new string(']', 10_000) + "\niso3: XXX\n---\n"), "DOS003", C + "x.md:2:21"),
        ["python-object-tag"] = new(C + "x.md", () => Utf8("---\ntitle: !!python/object:os.system echo pwned\niso3: XXX\n---\n"), "DOS003", C + "x.md:2:8"),
        ["custom-tag"] = new(C + "x.md", () => Utf8("---\ntitle: !Ref secret\niso3: XXX\n---\n"), "DOS003", C + "x.md:2:8"),
        ["path-traversal-wiki-link"] = new(A + "x.md", () => Utf8("---\ntitle: X\ndate: 2024-01-01\n---\nSee [[../../etc/passwd]].\n"), "DOS013", A + "x.md:5:5"),
        ["absolute-path-wiki-link"] = new(A + "x.md", () => Utf8("---\ntitle: X\ndate: 2024-01-01\n---\nSee [[/etc/passwd]].\n"), "DOS013", A + "x.md:5:5"),
        ["path-traversal-party"] = new("content/agreements/x.md", () => Utf8("---\ntitle: X\nkind: treaty\nparties: [../../etc/passwd]\n---\n"), "DOS014", "content/agreements/x.md:4:11"),
        ["look-alike-id"] = new(A + "x.md", () => Utf8("---\ntitle: X\ndate: 2024-01-01\n---\nSee [[kaz\u0430khstan]].\n"), "DOS013", A + "x.md:5:5"),
        ["bidi-trojan-source"] = new(A + "x.md", () => Utf8("---\ntitle: X\ndate: 2024-01-01\n---\nAccess \u202Eresu\u2066 granted.\n"), "DOS027", A + "x.md:5:8"),
        ["reserved-name-con"] = new(C + "con.md", () => Utf8("---\ntitle: X\niso3: XXX\n---\n"), "DOS009", C + "con.md:1:1"),
        ["reserved-name-index"] = new(C + "index.md", () => Utf8("---\ntitle: X\niso3: XXX\n---\n"), "DOS009", C + "index.md:1:1"),
        ["case-only-collision"] = new(C + "Kazakhstan.md", () => Utf8("---\ntitle: X\niso3: XXX\n---\n"), "DOS010", C + "kazakhstan.md:1:1"),
        ["javascript-link"] = new(A + "x.md", () => Utf8("---\ntitle: X\ndate: 2024-01-01\n---\n[click](javascript:alert(document.cookie))\n"), "DOS028", A + "x.md:5:1"),
        ["entity-hidden-javascript"] = new(A + "x.md", () => Utf8("---\ntitle: X\ndate: 2024-01-01\n---\n[click](&#106;avascript&#58;alert(1))\n"), "DOS028", A + "x.md:5:1"),
        ["mixed-case-vbscript"] = new(A + "x.md", () => Utf8("---\ntitle: X\ndate: 2024-01-01\n---\n[click](VbScRiPt:msgbox)\n"), "DOS028", A + "x.md:5:1"),
        ["data-url-image"] = new(A + "x.md", () => Utf8("---\ntitle: X\ndate: 2024-01-01\n---\n![x](data:text/html;base64,PHNjcmlwdD4=)\n"), "DOS028", A + "x.md:5:1"),
        ["protocol-relative"] = new(A + "x.md", () => Utf8("---\ntitle: X\ndate: 2024-01-01\n---\n[x](//evil.example/)\n"), "DOS028", A + "x.md:5:1"),
        ["javascript-autolink"] = new(A + "x.md", () => Utf8("---\ntitle: X\ndate: 2024-01-01\n---\n<javascript:alert(1)>\n"), "DOS028", A + "x.md:5:1"),
        ["javascript-citation-url"] = new("content/citations/x.md", () => Utf8("---\ntitle: X\ntype: web\npublisher: P\nurl: \"javascript:alert(1)\"\naccessed: 2024-01-01\n---\n"), "DOS008", "content/citations/x.md:5:6"),
        ["deep-blockquotes"] = new(A + "x.md", () => Utf8("---\ntitle: X\ndate: 2024-01-01\n---\n" + new string('>', 100_000) + " deep [@nowhere]\n"), "DOS029", A + "x.md:5:1"),
        ["deep-brackets"] = new(A + "x.md", () => Utf8("---\ntitle: X\ndate: 2024-01-01\n---\n" + new string('[', 100_000) + "x" + new string(']', 100_000) + " [@nowhere]\n"), "DOS029", A + "x.md:5:1"),
        ["megabyte-of-emphasis"] = new(A + "x.md", () => Utf8("---\ntitle: X\ndate: 2024-01-01\n---\n" + string.Concat(Enumerable.Repeat("*_", 500_000)) + " [@nowhere]\n"), "DOS029", A + "x.md:5:1"),
    };

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] BillionLaughs()
    {
        var yaml = new StringBuilder("---\na0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < 10; i++)
        {
            yaml.Append($"a{i}: &a{i} [{string.Join(',', Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        }

        yaml.Append("title: *a9\niso3: LOL\n---\n");
        return Utf8(yaml.ToString());
    }
}
