namespace Dossier.Links.Tests.Server;

/// <summary>The texts the scripted pages serve and the quotes tests look for in them.</summary>
public static class ScriptedPages
{
    public const string EnglishQuote = "Japan remains a \"key partner\" for Central Asia - and intends to stay one.";

    /// <summary>The same sentence with curly quotes, an em dash, a non-breaking space and a line break inside markup.</summary>
    public const string EnglishHtml = """
        <!doctype html>
        <html><head><title>Japan and Central Asia</title><script>var quote = "not visible";</script></head>
        <body><article id="analysis"><h1>Analysis</h1>
        <p>Japan remains a <em>“key&nbsp;partner”</em> for Central
           Asia — and intends to stay one.</p>
        <p id="section-2">Second section.</p><a name="legacy-anchor"></a>
        </article></body></html>
        """;

    public const string RussianQuote = "Вопросы привлечения инвестиций обсуждены в ходе заседания Межправкомиссии";

    public const string RussianHtml = """
        <html><head><title>Авеста</title></head>
        <body><p>Душанбе. «Вопросы привлечения инвестиций обсуждены» в ходе заседания
        Межправкомиссии — сообщает агентство.</p></body></html>
        """;

    /// <summary>The Russian quote as it appears on the page, guillemets included, so normalising must reconcile them.</summary>
    public const string RussianQuoteWithGuillemets = "«Вопросы привлечения инвестиций обсуждены» в ходе заседания Межправкомиссии";

    /// <summary>A site's home page: live, and nothing in it says "not found".</summary>
    public const string HomeHtml = """
        <!doctype html>
        <html><head><title>Example News</title></head>
        <body><main><h1>Latest news</h1><p>Today's stories.</p></main></body></html>
        """;

    /// <summary>A live article about broken links: "404" and "page not found" in its text and a sub-heading, not in its title or main heading.</summary>
    public const string MentionsNotFoundHtml = """
        <!doctype html>
        <html><head><title>Why ministries' links break – Example News</title></head>
        <body><main><h1>Why ministries' links break</h1>
        <p>Readers who follow an old link often see "Page not found" or a bare 404.</p>
        <h2>404</h2><p>The status code servers should send.</p>
        <h2>Страница не найдена</h2><p>The Russian wording.</p></main></body></html>
        """;
}
