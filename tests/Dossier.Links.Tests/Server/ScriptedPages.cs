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
}
