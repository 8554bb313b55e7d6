using Dossier.Content;
using Dossier.Diagnostics;
using Xunit;

namespace Dossier.Tests.CitationStyles;

/// <summary>
/// The ten sources bundled in <c>content/citations/</c>, built directly (with the values of their
/// front matter) so the style can be tested without the reader.
/// </summary>
internal static class SeedCitations
{
    public static readonly DateOnly Accessed = new(2024, 12, 31);

    public static Citation Get(string id) => All.Single(c => c.Id == id);

    public static IReadOnlyList<Citation> All { get; } =
    [
        Make("astana-times-2022-kazakh-president-japan",
            "Kazakh President Discusses Expansion of Economic Cooperation with Minister of Foreign Affairs of Japan",
            CitationType.News, "Astana Times", "2022-04",
            "https://astanatimes.com/2022/04/kazakh-president-discusses-expansion-of-economic-cooperation-with-minister-of-foreign-affairs-of-japan/"),
        Make("avesta-2023-intergovernmental-commission",
            "Вопросы привлечения инвестиций обсуждены в ходе заседания таджикско-японской Межправкомиссии",
            CitationType.News, "Avesta", "2023-03-14",
            "https://avesta.tj/2023/03/14/strong-voprosy-privlecheniya-investitsij-obsuzhdeny-v-hode-zasedaniya-tadzhiksko-yaponskoj-mezhpravkomissii-strong/")
            with
            {
                TitleEn = "Issues of attracting investment discussed at a meeting of the Tajik–Japanese Intergovernmental Commission",
                Language = "ru",
            },
        Make("carnegie-2022-japan-central-asia",
            "Japan in Central Asia: Declining Partner or Key Player?",
            CitationType.Web, "Carnegie Endowment", "2022-02-24",
            "https://carnegiemoscow.org/2022/02/24/japan-in-central-asia-declining-partner-or-key-player-event-7821"),
        Make("diplomat-2015-abe-central-asia",
            "What did Abe Accomplish in Central Asia",
            CitationType.News, "The Diplomat", "2015-10",
            "https://thediplomat.com/2015/10/what-did-abe-accomplish-in-central-asia/"),
        Make("eurasian-research-15-years-dialogue",
            "Japan’s Engagement with Central Asia: 15 Years of the Dialogue",
            CitationType.Web, "Eurasian Research", null,
            "https://www.eurasian-research.org/publication/japans-engagement-with-central-asia-15-years-of-the-dialogue/"),
        Make("jica-tajikistan-office",
            "Japan International Cooperation Agency (JICA) in Tajikistan",
            CitationType.Web, "JICA", null,
            "https://www.jica.go.jp/tajikistan/english/office/about/about.html"),
        Make("mofa-japan-tajikistan-foreign-ministers",
            "Japan-Tajikistan Foreign Ministers’ Meeting",
            CitationType.Government, "MOFA", null,
            "https://www.mofa.go.jp/press/release/press4e_003200.html"),
        Make("nca-2022-japan-central-asia-partnership",
            "Japan and Central Asia: Dynamics of the Current Partnership",
            CitationType.News, "News Central Asia", "2022-12-21",
            "https://www.newscentralasia.net/2022/12/21/japan-and-central-asia-dynamics-of-the-current-partnership/"),
        Make("silk-road-studies-2008-silk-road-diplomacy",
            "Japan’s Silk Road Diplomacy Paving the Road Ahead",
            CitationType.Pdf, "Silk Road Studies", "2008-12",
            "https://www.silkroadstudies.org/resources/pdf/Monographs/2008_12_BOOK_Len-Tomohiko-Tetsuya_Japan-Silk-Road-Diplomacy.pdf"),
        Make("zemin-turkmen-entrepreneurs-japan",
            "Turkmen Entrepreneurs Visited Japan in order to Expand Business Contacts and Exchange Experience",
            CitationType.News, "Zemin", null,
            "https://www.yerzemin.com/display/turkmen-entrepreneurs-visited-japan-in-order-to-expand-business-contacts-and-exchange-experience/227649"),
    ];

    /// <summary>A citation as the reader would build it from front matter.</summary>
    public static Citation Make(string id, string title, CitationType type, string publisher, string? published, string url)
    {
        PartialDate? date = null;
        if (published is not null)
        {
            Assert.True(PartialDate.TryParse(published, out var parsed), $"bad test date {published}");
            date = parsed;
        }

        return new Citation(id, title, new DocumentSource($"content/citations/{id}.md", "", 1, new Dictionary<string, SourceSpan>()))
        {
            Type = type,
            Publisher = publisher,
            Published = date,
            Url = url,
            Accessed = Accessed,
        };
    }
}
