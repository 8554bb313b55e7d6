using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Dossier.Links.Tests.Server;

/// <summary>
/// Pages that change between runs and fake Wayback availability APIs beside the one in <see cref="ScriptedEndpoints"/>:
/// one that answers with the snapshot taken on the day asked for (so a test sees which day was asked), and one that is down for maintenance.
/// </summary>
public static class ArchiveEndpoints
{
    public static void Map(WebApplication app, EditablePages pages, Func<int> port)
    {
        app.MapGet("/editable/{id}", (string id) =>
            pages.Get(id) is { } html ? Results.Content(html, "text/html; charset=utf-8") : Results.NotFound());
        app.MapGet("/wayback-near/available", (string url, string? timestamp) =>
        {
            // As the real API does, the copy closest to the timestamp, here one taken at noon that very day.
            var taken = (timestamp ?? "20200101") + "120000";
            var snapshot = $"http://127.0.0.1:{port()}/web/{taken}/{url}";
            var body = System.Text.Json.JsonSerializer.Serialize(new
            {
                url,
                archived_snapshots = new { closest = new { status = "200", available = true, url = snapshot, timestamp = taken } },
            });
            return Results.Content(body, "application/json");
        });
        // Down for maintenance, as the archive sometimes is: a page for people where JSON was expected.
        app.MapGet("/wayback-down/available", () =>
            Results.Content("<html><body><h1>Temporarily offline for maintenance</h1></body></html>", "text/html; charset=utf-8"));
    }
}
