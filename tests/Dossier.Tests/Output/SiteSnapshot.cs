using System.Security.Cryptography;

namespace Dossier.Tests.Output;

/// <summary>Every file under a folder with the SHA-256 of its bytes, to prove two trees identical.</summary>
public static class SiteSnapshot
{
    public static SortedDictionary<string, string> Of(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);
}
