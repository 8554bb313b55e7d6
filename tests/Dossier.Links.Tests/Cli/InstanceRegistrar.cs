using Spectre.Console.Cli;

namespace Dossier.Links.Tests.Cli;

/// <summary>
/// A type registrar that hands Spectre.Console.Cli a prepared command instance (one writing to test writers),
/// so the real argument parsing and validation run as they do for <c>dossier links</c>.
/// </summary>
public sealed class InstanceRegistrar(IReadOnlyDictionary<Type, object> instances) : ITypeRegistrar, ITypeResolver
{
    private readonly Dictionary<Type, List<Func<object>>> _registered = [];

    public void Register(Type service, Type implementation) => Add(service, () => Activator.CreateInstance(implementation)!);

    public void RegisterInstance(Type service, object implementation) => Add(service, () => implementation);

    public void RegisterLazy(Type service, Func<object> factory) => Add(service, factory);

    public ITypeResolver Build() => this;

    public object? Resolve(Type? type)
    {
        if (type is null)
        {
            return null;
        }

        if (instances.TryGetValue(type, out var instance))
        {
            return instance;
        }

        if (_registered.TryGetValue(type, out var factories))
        {
            return factories[^1]();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var element = type.GetGenericArguments()[0];
            var all = _registered.TryGetValue(element, out var many) ? many.Select(f => f()).ToArray() : [];
            var array = Array.CreateInstance(element, all.Length);
            Array.Copy(all, array, all.Length);
            return array;
        }

        return type.GetConstructor(Type.EmptyTypes) is not null ? Activator.CreateInstance(type) : null;
    }

    private void Add(Type service, Func<object> factory)
    {
        if (!_registered.TryGetValue(service, out var factories))
        {
            _registered[service] = factories = [];
        }

        factories.Add(factory);
    }
}
