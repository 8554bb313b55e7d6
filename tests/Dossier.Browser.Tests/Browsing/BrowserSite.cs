using Dossier.Browser.Tests.Hosting;
using Microsoft.Playwright;

namespace Dossier.Browser.Tests.Browsing;

/// <summary>
/// Shared by every browser test: the bundled dossier built once, served by Kestrel under <c>/dossier/</c>, and one
/// headless Chromium. Each test opens its own browser context, so tests share no cookies, storage or scheme.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private SiteServer? _server;

    public BuiltDossier Dossier { get; } = new();

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium was not started: call Chromium.Require() first.");

    public string BaseUrl => _server?.BaseUrl ?? throw new InvalidOperationException("the site is not served");

    public async ValueTask InitializeAsync()
    {
        if (!Dossier.Result.Written)
        {
            throw new InvalidOperationException("the bundled dossier did not build: " + string.Join("\n", Dossier.Result.Diagnostics));
        }

        _server = await SiteServer.StartAsync(Dossier.Output);
        if (Chromium.IsInstalled)
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium.ExecutablePath,
                Args = Chromium.Arguments,
                Headless = true,
            });
        }
    }

    /// <summary>A fresh page of a fresh context: a phone-sized or desktop viewport, light or dark, with or without JavaScript or touch.</summary>
    public async Task<IPage> OpenAsync(int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light, bool javaScript = true, bool touch = false)
    {
        Chromium.Require();
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
            JavaScriptEnabled = javaScript,
            HasTouch = touch,
            IsMobile = touch,
            // Smooth scrolling would make positions and screenshots depend on timing.
            ReducedMotion = ReducedMotion.Reduce,
            BaseURL = BaseUrl,
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Dossier.Dispose();
    }
}
