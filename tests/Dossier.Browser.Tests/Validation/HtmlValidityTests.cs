using Dossier.Browser.Tests.Browsing;

namespace Dossier.Browser.Tests.Validation;

/// <summary>Every page of the built bundled dossier is valid HTML by the Nu HTML Checker.</summary>
public sealed class HtmlValidityTests(BrowserSite site)
{
    [Fact]
    public void The_Nu_HTML_Checker_reports_no_errors_on_any_page()
    {
        var (jar, reason) = NuHtmlChecker.Find();
        if (jar is null)
        {
            Assert.SkipWhen(!Chromium.InContinuousIntegration, "Nu HTML Checker unavailable: " + reason);
            Assert.Fail("CI=true but the Nu HTML Checker is unavailable: " + reason);
        }

        var (code, output) = NuHtmlChecker.Check(jar, site.Dossier.Output);

        Assert.True(code == 0, "the Nu HTML Checker found errors:\n" + output.Replace(site.Dossier.Output, "_site", StringComparison.Ordinal));
    }
}
