namespace Dossier.Tests.Serve;

/// <summary>
/// Only files under the output folder are ever served. A secret lies beside the output folder (and /etc/passwd
/// further up); no spelling of a path that climbs out may return either.
/// </summary>
[Collection(ServedSiteCollection.Name)]
public sealed class PathTraversalTests(ServedSite served)
{
    public static TheoryData<string> Climbs => new()
    {
        "/../secret.txt",
        "/dossier/../../secret.txt",
        "/assets/../../secret.txt",
        "/..%2fsecret.txt",
        "/..%2F..%2Fsecret.txt",
        "/assets/..%2f..%2fsecret.txt",
        "/..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2E%2E/secret.txt",
        "/%2e%2e%2fsecret.txt",
        "/.%2e/secret.txt",
        "/..\\secret.txt",
        "/..%5csecret.txt",
        "/%5c..%5csecret.txt",
        "/%252e%252e/secret.txt",
        "/..%252fsecret.txt",
        "/..%c0%af..%c0%afsecret.txt",
        "/secret.txt%00.html",
        "/%00/../secret.txt",
        "/dossier/countries/kazakhstan/index.html%00",
        "//etc/passwd",
        "/.dossier-site",
    };

    [Theory]
    [MemberData(nameof(Climbs))]
    public async Task A_path_out_of_the_output_folder_gets_400_or_404_and_never_the_file(string target)
    {
        // Given a secret next to the output folder
        var secret = WriteSecret();

        // When a path that climbs out is asked for, exactly as written
        var response = await RawHttp.GetAsync(served.Port, target);

        // Then it is refused or not found, and neither the secret nor /etc/passwd comes back
        Assert.True(response.Status is 400 or 404, $"{target} answered {response.Status}");
        Assert.DoesNotContain(secret, response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("root:x:0:0", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_absolute_path_to_the_secret_is_not_served()
    {
        var secret = WriteSecret();
        var absolute = Path.Combine(served.Site.Root, "secret.txt");

        foreach (var target in new[] { absolute, "/" + absolute, absolute.Replace("/", "%2f", StringComparison.Ordinal) })
        {
            var response = await RawHttp.GetAsync(served.Port, target.StartsWith('/') ? target : "/" + target);
            Assert.True(response.Status is 400 or 404, $"{target} answered {response.Status}");
            Assert.DoesNotContain(secret, response.Text, StringComparison.Ordinal);
        }
    }

    private string WriteSecret()
    {
        const string Secret = "the-secret-beside-the-output-folder";
        File.WriteAllText(Path.Combine(served.Site.Root, "secret.txt"), Secret);
        return Secret;
    }
}
