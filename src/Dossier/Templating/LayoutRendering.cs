namespace Dossier.Templating;

/// <summary>Waits for a template's rendering: with every value in memory, Fluid completes synchronously almost always.</summary>
internal static class LayoutRendering
{
    public static void Wait(ValueTask rendering)
    {
        if (!rendering.IsCompletedSuccessfully)
        {
            rendering.AsTask().GetAwaiter().GetResult();
        }
    }
}
