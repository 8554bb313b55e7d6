using System.Reflection;
using Fluid;
using Fluid.Values;

namespace Dossier.Templating;

/// <summary>
/// Reads a view's list property for templates as an array whose items are wrapped on demand
/// (<see cref="ItemsOnDemand"/>), over the accessor Fluid registered for it.
/// </summary>
internal sealed class ListMember(IMemberAccessor property) : IMemberAccessor
{
    public object? Get(object obj, string name, TemplateContext ctx) => property.Get(obj, name, ctx) switch
    {
        // As Fluid makes an empty list: its one empty array.
        IReadOnlyList<object> { Count: 0 } => ArrayValue.Empty,
        IReadOnlyList<object> items => new ArrayValue(new ItemsOnDemand(items, ctx.Options)),
        var other => other,
    };

    /// <summary>
    /// Puts a <see cref="ListMember"/> over every list-of-objects property of a view type already registered with
    /// <paramref name="strategy"/>. Lists of numbers or flags are left to Fluid: their items are not objects to wrap.
    /// </summary>
    public static void Register(MemberAccessStrategy strategy, Type view)
    {
        foreach (var property in view.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var type = property.PropertyType;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && !type.GetGenericArguments()[0].IsValueType
                && strategy.MemberNameStrategy(property) is var name && strategy.GetAccessor(view, name) is { } accessor)
            {
                strategy.Register(view, name, new ListMember(accessor));
            }
        }
    }
}
