using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Dossier.Templating;

/// <summary>
/// An <c>if</c>, <c>elsif</c> or <c>unless</c> condition that is <c>owner.member</c>, where the member is a view's text:
/// every text is true in Liquid, so the condition is true without the text being wrapped in a template value first.
/// Only the truth of a condition is read, so its value may be Fluid's <c>true</c> for the text; any other member and
/// any other owner are evaluated as Fluid's member expression evaluates them.
/// </summary>
internal sealed class MemberCondition(MemberExpression whole, MemberExpression owner, IdentifierSegment member) : Expression
{
    public override ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        if (context.Options.StrictVariables || context.Undefined is not null)
        {
            // As MemberOutput: where undefined names are handled otherwise, Fluid's own expression.
            return whole.EvaluateAsync(context);
        }

        var evaluating = owner.EvaluateAsync(context);
        return evaluating.IsCompletedSuccessfully ? Evaluate(evaluating.Result, context) : Awaited(evaluating, context);
    }

    private async ValueTask<FluidValue> Awaited(ValueTask<FluidValue> evaluating, TemplateContext context) =>
        await Evaluate(await evaluating, context);

    private ValueTask<FluidValue> Evaluate(FluidValue value, TemplateContext context)
    {
        if (MemberReads.TryRead(value, member.Identifier, context, out var read))
        {
            return read is string && context.Options.ValueConverters.Count == 0 ? BooleanValue.True : FluidValue.Create(read, context.Options);
        }

        // A member expression stops at a nil; past any other owner it resolves the member.
        return value.IsNil() ? value : member.ResolveAsync(value, context);
    }
}
