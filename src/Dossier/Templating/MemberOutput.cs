using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Dossier.Templating;

/// <summary>
/// <c>{{ owner.member }}</c> without filters where the member is a view's text: the text is encoded straight into the
/// page, where Fluid would wrap it in a template value and encode it into a new string first (at every output of every
/// page, the largest share of what laying out allocated). The member is read by the accessor Fluid would use; any
/// other value is wrapped and written as Fluid writes it, and any other owner goes on as Fluid's member expression.
/// </summary>
internal sealed class MemberOutput(OutputStatement original, MemberExpression owner, IdentifierSegment member) : Statement
{
    public override ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        if (context.Options.StrictVariables || context.Undefined is not null)
        {
            // Where an undefined name throws, or yields what a delegate makes of it in place of the whole expression,
            // Fluid's own statement.
            return original.WriteToAsync(writer, encoder, context);
        }

        context.IncrementSteps();
        var evaluating = owner.EvaluateAsync(context);
        return evaluating.IsCompletedSuccessfully ? Write(evaluating.Result, writer, encoder, context) : Awaited(evaluating, writer, encoder, context);
    }

    private async ValueTask<Completion> Awaited(ValueTask<FluidValue> evaluating, TextWriter writer, TextEncoder encoder, TemplateContext context) =>
        await Write(await evaluating, writer, encoder, context);

    private ValueTask<Completion> Write(FluidValue value, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var options = context.Options;
        if (MemberReads.TryRead(value, member.Identifier, context, out var read))
        {
            if (read is string text && options.ValueConverters.Count == 0)
            {
                if (text.Length > 0)
                {
                    encoder.Encode(writer, text);
                }

                return Normal();
            }

            return Written(FluidValue.Create(read, options).WriteToAsync(writer, encoder, context.CultureInfo));
        }

        // A member expression stops at a nil and that nil is the output; past any other owner it resolves the member.
        if (value.IsNil())
        {
            return Written(value.WriteToAsync(writer, encoder, context.CultureInfo));
        }

        var resolving = member.ResolveAsync(value, context);
        return resolving.IsCompletedSuccessfully
            ? Written(resolving.Result.WriteToAsync(writer, encoder, context.CultureInfo))
            : WrittenOnceResolved(resolving, writer, encoder, context);
    }

    private static ValueTask<Completion> Written(ValueTask writing) => writing.IsCompletedSuccessfully ? Normal() : Awaited(writing);

    private static async ValueTask<Completion> Awaited(ValueTask writing)
    {
        await writing;
        return Completion.Normal;
    }

    private static async ValueTask<Completion> WrittenOnceResolved(
        ValueTask<FluidValue> resolving, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        await (await resolving).WriteToAsync(writer, encoder, context.CultureInfo);
        return Completion.Normal;
    }
}
