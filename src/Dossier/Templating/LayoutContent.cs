using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Dossier.Templating;

/// <summary>
/// A page's own layout as the value of <c>content</c> in <c>base</c>: rendered straight into base's output where base
/// writes it, instead of into a string of its own first (at thousands of pages, those strings were a third of what
/// laying out allocated). Written as is, never encoded: it is HTML the layout encoded itself.
/// </summary>
public sealed class LayoutContent(IFluidTemplate layout, TemplateContext context, TextEncoder encoder) : FluidValue
{
    public override FluidValues Type => FluidValues.String;

    public override bool Equals(FluidValue other) => ReferenceEquals(this, other);

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    /// <summary>The layout rendered into a string: only for a theme that does more with <c>content</c> than write it.</summary>
    public override string ToStringValue()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteTo(writer);
        return writer.ToString();
    }

    public override object ToObjectValue() => ToStringValue();

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        WriteTo(writer);
        return ValueTask.CompletedTask;
    }

    private void WriteTo(TextWriter writer)
    {
        // As FluidTemplate.Render does: the layout's own assignments stay in a scope of its own.
        context.EnterChildScope();
        try
        {
            LayoutRendering.Wait(layout.RenderAsync(writer, encoder, context));
        }
        finally
        {
            context.ReleaseScope();
        }
    }

    /// <summary>
    /// Lets <c>{{ content | raw }}</c> (how themes write it) keep the layout unrendered until it is written; every other
    /// value goes through the standard <c>raw</c> filter.
    /// </summary>
    public static void KeepThroughRaw(TemplateOptions options)
    {
        if (options.Filters.TryGetValue("raw", out var raw))
        {
            options.Filters.AddFilter("raw", (input, arguments, context) => input is LayoutContent ? input : raw(input, arguments, context));
        }
    }
}
