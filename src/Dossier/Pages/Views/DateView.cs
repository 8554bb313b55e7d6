namespace Dossier.Pages.Views;

/// <summary>A date as readers see it ("December 31, 2024") and as machines read it (<c>2024-12-31</c>, for <c>&lt;time&gt;</c>).</summary>
public sealed record DateView(string Iso, string Text)
{
    public static DateView Of(DateOnly date) => new(DateText.Iso(date), DateText.Of(date));
}
