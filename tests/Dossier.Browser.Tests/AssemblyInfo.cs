using Dossier.Browser.Tests.Browsing;

// One built site, one server and one Chromium for the whole assembly: building and launching are the slow parts.
[assembly: AssemblyFixture(typeof(BrowserSite))]
