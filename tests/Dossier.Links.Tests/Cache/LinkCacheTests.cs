using Dossier.Links.Cache;
using Dossier.Links.Checking;

namespace Dossier.Links.Tests.Cache;

public sealed class LinkCacheTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Saved_entries_are_sorted_by_url_and_load_back_the_same()
    {
        // Given results in no particular order
        var path = Path.Combine(Path.GetTempPath(), $"links-{Guid.NewGuid():N}.json");
        var cache = LinkCache.Empty.With(
        [
            new LinkResult("https://b.example/", Verdict.Broken, "HTTP 404 Not Found", Monday) { Status = 404, ArchiveUrl = "https://web.archive.org/web/2020/https://b.example/" },
            new LinkResult("https://a.example/", Verdict.Ok, "HTTP 200 OK", Monday)
            {
                Status = 200,
                Quotes = new Dictionary<string, QuoteFinding> { ["zeta"] = QuoteFinding.Found, ["Вопросы"] = QuoteFinding.Missing },
            },
        ]);

        try
        {
            // When
            cache.Save(path);
            var text = File.ReadAllText(path);
            var loaded = LinkCache.Load(path);

            // Then
            Assert.True(text.IndexOf("https://a.example/", StringComparison.Ordinal) < text.IndexOf("https://b.example/", StringComparison.Ordinal));
            Assert.Contains("\"verdict\": \"broken\"", text, StringComparison.Ordinal);
            Assert.Contains("\"checked_at\": \"2026-11-23T09:00:00+00:00\"", text, StringComparison.Ordinal);
            Assert.Contains("Вопросы", text, StringComparison.Ordinal);
            Assert.Equal(cache.Entries.Keys.Order(), loaded.Entries.Keys.Order());
            Assert.Equal(QuoteFinding.Missing, loaded.Entries["https://a.example/"].FindingFor("Вопросы"));
            Assert.Equal("https://web.archive.org/web/2020/https://b.example/", loaded.Entries["https://b.example/"].ArchiveUrl);
            cache.Save(path);
            Assert.Equal(text, File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_an_empty_cache_and_a_corrupt_one_is_an_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"links-{Guid.NewGuid():N}.json");
        Assert.Empty(LinkCache.Load(path).Entries);

        File.WriteAllText(path, "{ not json");
        try
        {
            Assert.Throws<LinkCacheException>(() => LinkCache.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("""{ "version": 1, "entries": [ { "verdict": "ok", "checked_at": "2026-11-23T09:00:00+00:00" } ] }""", "entry 1 has no url")]
    [InlineData("""{ "version": 1, "entries": [ null ] }""", "entry 1 has no url")]
    [InlineData("""{ "version": 1, "entries": [ { "url": "https://a.example/", "verdict": "ok", "checked_at": "2026-11-23T09:00:00+00:00", "quotes": null } ] }""", "malformed quote")]
    [InlineData("""{ "version": 1, "entries": [ { "url": "https://a.example/", "verdict": "ok", "checked_at": "2026-11-23T09:00:00+00:00" }, { "url": "https://a.example/", "verdict": "broken", "checked_at": "2026-11-23T09:00:00+00:00" } ] }""", "https://a.example/ has two entries")]
    [InlineData("""{ "version": 1, "entries": [ { "url": "https://a.example/", "verdict": "sideways", "checked_at": "2026-11-23T09:00:00+00:00" } ] }""", "not a readable link cache")]
    [InlineData("""[]""", "not a readable link cache")]
    public void A_hand_edited_or_badly_merged_cache_is_refused_with_a_reason_not_a_crash(string json, string reason)
    {
        // Given a cache file that parses as JSON but is not one the checker wrote
        var path = Path.Combine(Path.GetTempPath(), $"links-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            // When it is read, then it is refused as a whole with the reason, never half read
            var refused = Assert.Throws<LinkCacheException>(() => LinkCache.Load(path));
            Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(Verdict.Ok, 200, 6, true)]
    [InlineData(Verdict.Ok, 200, 7, false)]
    [InlineData(Verdict.Broken, 404, 1, true)]
    [InlineData(Verdict.Broken, null, 1, false)]
    [InlineData(Verdict.Timeout, null, 1, false)]
    [InlineData(Verdict.Blocked, null, 1, false)]
    public void A_result_is_reused_only_while_young_and_only_if_a_server_answered(Verdict verdict, int? status, int daysLater, bool reused)
    {
        var cache = LinkCache.Empty.With([new LinkResult("https://a.example/", verdict, "reason", Monday) { Status = status }]);

        var result = cache.Reusable(new UrlToCheck("https://a.example/"), TimeSpan.FromDays(7), Monday.AddDays(daysLater));

        Assert.Equal(reused, result is not null);
        Assert.True(result is null || result.FromCache);
    }

    [Fact]
    public void A_result_is_not_reused_for_a_quote_it_did_not_check()
    {
        var cache = LinkCache.Empty.With([new LinkResult("https://a.example/", Verdict.Ok, "HTTP 200 OK", Monday)
        {
            Status = 200,
            Quotes = new Dictionary<string, QuoteFinding> { ["old quote"] = QuoteFinding.Found },
            Fingerprints = new Dictionary<string, string> { ["old quote"] = "w12:0123456789abcdef" },
        }]);

        Assert.NotNull(cache.Reusable(new UrlToCheck("https://a.example/", new HashSet<string> { "old quote" }), TimeSpan.FromDays(7), Monday));
        Assert.Null(cache.Reusable(new UrlToCheck("https://a.example/", new HashSet<string> { "new quote" }), TimeSpan.FromDays(7), Monday));
    }

    [Fact]
    public void An_entry_from_before_the_current_rules_is_read_but_checked_again()
    {
        // Given a cache file as the previous checker wrote it: no "rules", a text fragment taken for an element id
        var path = Path.Combine(Path.GetTempPath(), $"links-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {
              "version": 1,
              "entries": [
                { "url": "https://a.example/#:~:text=key", "verdict": "broken", "checked_at": "2026-11-23T09:00:00+00:00",
                  "status": 200, "reason": "HTTP 200 OK, but the page has no element with id \":~:text=key\"" }
              ]
            }
            """);

        try
        {
            var old = LinkCache.Load(path);
            var url = new UrlToCheck("https://a.example/#:~:text=key");

            Assert.Equal(Verdict.Broken, old.Entries[url.Url].Verdict);
            Assert.Null(old.Entries[url.Url].Rules);
            Assert.Null(old.Reusable(url, TimeSpan.FromDays(7), Monday));

            // Once checked again under the current rules, the entry says so and is reused.
            var renewed = old.With([new LinkResult(url.Url, Verdict.Ok, "HTTP 200 OK", Monday) { Status = 200 }]);
            renewed.Save(path);
            Assert.Contains($"\"rules\": {LinkCacheEntry.CurrentRules}", File.ReadAllText(path), StringComparison.Ordinal);
            Assert.NotNull(LinkCache.Load(path).Reusable(url, TimeSpan.FromDays(7), Monday));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_cache_written_before_fingerprints_loads_and_its_found_quotes_are_read_again_to_get_one()
    {
        // Given a cache file as the checker wrote it before fingerprints: quotes with a text and a finding only
        var path = Path.Combine(Path.GetTempPath(), $"links-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {
              "version": 1,
              "entries": [
                { "url": "https://a.example/", "verdict": "ok", "checked_at": "2026-11-23T09:00:00+00:00", "status": 200, "rules": 2,
                  "quotes": [ { "text": "found words", "finding": "found" }, { "text": "gone words", "finding": "missing" } ] },
                { "url": "https://b.example/", "verdict": "ok", "checked_at": "2026-11-23T09:00:00+00:00", "status": 200, "rules": 2,
                  "quotes": [ { "text": "gone words", "finding": "missing" } ] }
              ]
            }
            """);

        try
        {
            var old = LinkCache.Load(path);

            // Then it reads, its findings stand, and only the entry with a found quote is checked again (to fingerprint it)
            Assert.Equal(QuoteFinding.Found, old.Entries["https://a.example/"].FindingFor("found words"));
            Assert.Null(old.Entries["https://a.example/"].QuoteFor("found words")!.Fingerprint);
            Assert.Null(old.Reusable(new UrlToCheck("https://a.example/", new HashSet<string> { "found words" }), TimeSpan.FromDays(7), Monday));
            Assert.NotNull(old.Reusable(new UrlToCheck("https://b.example/", new HashSet<string> { "gone words" }), TimeSpan.FromDays(7), Monday));

            // When the page has been read again, the fingerprint and its day are saved, and the format version is unchanged
            var renewed = old.With([new LinkResult("https://a.example/", Verdict.Ok, "HTTP 200 OK", Monday.AddDays(1))
            {
                Status = 200,
                Quotes = new Dictionary<string, QuoteFinding> { ["found words"] = QuoteFinding.Found },
                Fingerprints = new Dictionary<string, string> { ["found words"] = "w12:0123456789abcdef" },
            }]);
            renewed.Save(path);
            var text = File.ReadAllText(path);
            Assert.Contains("\"version\": 1,", text, StringComparison.Ordinal);
            Assert.Contains("\"fingerprint\": \"w12:0123456789abcdef\"", text, StringComparison.Ordinal);
            Assert.Contains("\"fingerprinted_on\": \"2026-11-24\"", text, StringComparison.Ordinal);
            Assert.NotNull(LinkCache.Load(path).Reusable(new UrlToCheck("https://a.example/", new HashSet<string> { "found words" }), TimeSpan.FromDays(7), Monday.AddDays(1)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_fingerprint_keeps_its_day_while_unchanged_is_renewed_when_changed_and_survives_a_check_that_could_not_read_the_page()
    {
        LinkResult Found(DateTimeOffset at, string fingerprint) => new("https://a.example/", Verdict.Ok, "HTTP 200 OK", at)
        {
            Status = 200,
            Quotes = new Dictionary<string, QuoteFinding> { ["words"] = QuoteFinding.Found },
            Fingerprints = new Dictionary<string, string> { ["words"] = fingerprint },
        };
        CachedQuote Words(LinkCache cache) => cache.Entries["https://a.example/"].QuoteFor("words")!;

        var first = LinkCache.Empty.With([Found(Monday, "w12:aaaaaaaaaaaaaaaa")]);
        var same = first.With([Found(Monday.AddDays(3), "w12:aaaaaaaaaaaaaaaa")]);
        var timedOut = same.With([new LinkResult("https://a.example/", Verdict.Timeout, "timed out", Monday.AddDays(4))
        {
            Quotes = new Dictionary<string, QuoteFinding> { ["words"] = QuoteFinding.Unchecked },
        }]);
        var changed = timedOut.With([Found(Monday.AddDays(5), "w12:bbbbbbbbbbbbbbbb")]);

        Assert.Equal(new DateOnly(2026, 11, 23), Words(first).FingerprintedOn);
        Assert.Equal(new DateOnly(2026, 11, 23), Words(same).FingerprintedOn);
        Assert.Equal(("w12:aaaaaaaaaaaaaaaa", new DateOnly(2026, 11, 23)), (Words(timedOut).Fingerprint, Words(timedOut).FingerprintedOn));
        Assert.Equal(("w12:bbbbbbbbbbbbbbbb", new DateOnly(2026, 11, 28)), (Words(changed).Fingerprint, Words(changed).FingerprintedOn));
    }
}
