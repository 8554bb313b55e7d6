using System.Reflection;
using Fluid;
using Fluid.Values;

namespace Dossier.Templating;

/// <summary>
/// Reads a view's list property for templates as an array whose items are wrapped on demand
/// (<see cref="ItemsOnDemand{T}"/>), over the accessor Fluid registered for it.
/// </summary>
internal sealed class ListMember(IMemberAccessor property) : IMemberAccessor
{
    public object? Get(object obj, string name, TemplateContext ctx) => property.Get(obj, name, ctx) switch
    {
        // As Fluid makes an empty list: its one empty array.
        IReadOnlyCollection<object> { Count: 0 } or IReadOnlyCollection<bool> { Count: 0 } => ArrayValue.Empty,
        IReadOnlyList<object> items => new ArrayValue(new ItemsOnDemand<object>(items, FluidValue.Create, ctx.Options)),
        // Flags (a matrix row's cells) are Fluid's two boolean values, read without boxing each flag first.
        IReadOnlyList<bool> flags => new ArrayValue(new ItemsOnDemand<bool>(flags, static (flag, _) => BooleanValue.Create(flag), ctx.Options)),
        var other => other,
    };

    /// <summary>
    /// Puts a <see cref="ListMember"/> over every property of a view type already registered with
    /// <paramref name="strategy"/> that is a list of objects or of flags.
    /// </summary>
    public static void Register(MemberAccessStrategy strategy, Type view)
    {
        foreach (var property in view.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var type = property.PropertyType;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
                && type.GetGenericArguments()[0] is var item && (!item.IsValueType || item == typeof(bool))
                && strategy.MemberNameStrategy(property) is var name && strategy.GetAccessor(view, name) is { } accessor)
            {
                strategy.Register(view, name, new ListMember(accessor));
            }
        }
    }
}
