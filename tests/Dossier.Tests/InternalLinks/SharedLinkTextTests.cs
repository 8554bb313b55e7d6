using Dossier.InternalLinks;

namespace Dossier.Tests.InternalLinks;

/// <summary>Links shared between pages are resolved once, and only where that cannot change where they lead.</summary>
public sealed class SharedLinkTextTests
{
    [Fact]
    public void A_link_that_climbs_to_the_root_leads_to_the_same_file_from_every_page_and_one_that_does_not_from_its_own_folder()
    {
        // Given one build's shared texts and pages in different folders with the same links
        var shared = new SharedLinkText();
        const string Html = "<a href=\"../../countries/kz/#facts\">K</a><a href=\"../x/\">X</a><a href=\"../../../y/\">Y</a>";

        // When both are scanned, in either order
        var article = CheckInternalLinks.Scan("articles/a/", Html, "/", shared);
        var country = CheckInternalLinks.Scan("countries/b/", Html, "/", shared);
        var home = CheckInternalLinks.Scan("", "<a href=\"../x/\">X</a>", "/", shared);

        // Then the climbing links lead to the same place, the others to each page's neighbour
        Assert.Equal(("countries/kz/index.html", "facts"), (article.Links[0].File, article.Links[0].Fragment));
        Assert.Same(article.Links[0], country.Links[0]);
        Assert.Equal("articles/x/index.html", article.Links[1].File);
        Assert.Equal("countries/x/index.html", country.Links[1].File);
        Assert.Equal("y/index.html", article.Links[2].File);
        Assert.Equal("y/index.html", country.Links[2].File);
        Assert.Equal("x/index.html", home.Links[0].File);
    }

    [Fact]
    public void Equal_texts_from_different_pages_are_one_string()
    {
        var shared = new SharedLinkText();
        var first = shared.Text("../../assets/site.css".AsSpan());
        var second = shared.Text("../../assets/site.css".ToCharArray());
        Assert.Same(first, second);
    }

    [Fact]
    public void Texts_met_by_many_threads_at_once_are_still_one_string_each()
    {
        // Given one build's shared texts, and texts that recur, met by several threads at once
        var shared = new SharedLinkText();
        var texts = Enumerable.Range(0, 4000).Select(i => $"../../t{i % 300}/#n{i % 7}").ToArray();
        var found = new string[texts.Length];

        // When each is made a shared text
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => found[i] = shared.Text(texts[i].AsSpan()));

        // Then equal texts are one string, and each is the text it was made from
        Assert.Equal(texts, found);
        foreach (var same in found.GroupBy(t => t, StringComparer.Ordinal))
        {
            Assert.All(same, text => Assert.Same(same.First(), text));
        }
    }
}
