using System.Collections;
using Fluid;
using Fluid.Values;

namespace Dossier.Templating;

/// <summary>
/// A view's list as the items of a Liquid array, each made a template value only when the template reaches it: asking
/// a list's <c>size</c> (as themes do before every loop) wraps no item at all, where Fluid wraps them all at every
/// mention. The values are the ones Fluid makes of the items (<paramref name="wrap"/>), so templates see the same.
/// </summary>
internal sealed class ItemsOnDemand<T>(IReadOnlyList<T> items, Func<T, TemplateOptions, FluidValue> wrap, TemplateOptions options)
    : IReadOnlyList<FluidValue>, ICollection<FluidValue>
{
    public int Count => items.Count;

    public bool IsReadOnly => true;

    public FluidValue this[int index] => wrap(items[index], options);

    public IEnumerator<FluidValue> GetEnumerator()
    {
        for (var i = 0; i < items.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Lets a <c>for</c> loop's copy of the items (Fluid's <c>ToList</c>) be made at its size in one go.</summary>
    public void CopyTo(FluidValue[] array, int arrayIndex)
    {
        for (var i = 0; i < items.Count; i++)
        {
            array[arrayIndex + i] = this[i];
        }
    }

    /// <summary>As <c>contains</c> compares the items of any array: by their values.</summary>
    public bool Contains(FluidValue item)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (EqualityComparer<FluidValue>.Default.Equals(this[i], item))
            {
                return true;
            }
        }

        return false;
    }

    void ICollection<FluidValue>.Add(FluidValue item) => throw new NotSupportedException();

    void ICollection<FluidValue>.Clear() => throw new NotSupportedException();

    bool ICollection<FluidValue>.Remove(FluidValue item) => throw new NotSupportedException();
}
