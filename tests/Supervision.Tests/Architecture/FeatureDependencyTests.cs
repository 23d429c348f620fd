using System.Reflection;
using Supervision.Web.Features.Access;

namespace Supervision.Tests.Architecture;

/// <summary>
/// Features depend on each other one way only: the dependencies between <c>Supervision.Web.Features.X</c> namespaces,
/// read from the compiled app (signatures of every member, and every method called or constructed in a body), have no
/// cycle. A cycle means two features can no longer change apart; move the shared piece to a shared place or invert
/// the dependency (as Features/Statistics/IStatisticsExports does).
/// </summary>
public class FeatureDependencyTests
{
    private const string Prefix = "Supervision.Web.Features.";
    private const BindingFlags Declared = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    [Fact]
    public void No_two_features_depend_on_each_other()
    {
        var edges = Dependencies(typeof(UserDb).Assembly);
        var cycles = Cycles(edges.Keys.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToList()));
        Assert.True(cycles.Count == 0, "Features that depend on each other: " + string.Join("; ", cycles.Select(c => Describe(c, edges))));
    }

    [Fact]
    public void The_check_finds_a_cycle()
    {
        Assert.Single(Cycles(new() { ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A"], ["D"] = ["A"] }));
        Assert.Empty(Cycles(new() { ["A"] = ["B"], ["B"] = ["C"], ["D"] = ["A", "C"] }));
    }

    [Fact]
    public void The_check_sees_dependencies_the_app_has()
    {
        // Exports builds its workbooks from the statistics (and not the other way round); almost everything asks Access.
        var edges = Dependencies(typeof(UserDb).Assembly).Keys.ToHashSet();
        Assert.Contains(("Exports", "Statistics"), edges);
        Assert.Contains(("Notices", "Access"), edges);
        Assert.DoesNotContain(("Statistics", "Exports"), edges);
    }

    /// <summary>Feature → feature, with one example (type → type) each.</summary>
    private static Dictionary<(string From, string To), string> Dependencies(Assembly assembly)
    {
        var edges = new Dictionary<(string, string), string>();
        foreach (var type in assembly.GetTypes().Where(t => !MethodBodies.IsCompilerNested(t)))
        {
            if (FeatureOf(type) is not { } from) continue;
            foreach (var used in Used(type).SelectMany(Expand).Distinct())
                if (FeatureOf(used) is { } to && to != from) edges.TryAdd((from, to), $"{type.Name} → {used.Name}");
        }
        return edges;
    }

    private static IEnumerable<Type> Used(Type type)
    {
        if (type.BaseType is { } b) yield return b;
        foreach (var i in type.GetInterfaces()) yield return i;
        foreach (var f in type.GetFields(Declared)) yield return f.FieldType;
        foreach (var p in type.GetProperties(Declared)) yield return p.PropertyType;
        foreach (var m in MethodBodies.Of(type))
        {
            if (m is MethodInfo mi) yield return mi.ReturnType;
            foreach (var p in m.GetParameters()) yield return p.ParameterType;
            foreach (var called in MethodBodies.Called(m))
                if (called.DeclaringType is { } d) yield return d;
        }
    }

    /// <summary>A type with its element and generic argument types (List&lt;Warning&gt; uses Warning).</summary>
    private static IEnumerable<Type> Expand(Type type)
    {
        yield return type;
        if (type.HasElementType && type.GetElementType() is { } e) foreach (var t in Expand(e)) yield return t;
        if (type.IsGenericType) foreach (var t in type.GetGenericArguments().SelectMany(Expand)) yield return t;
    }

    private static string? FeatureOf(Type type)
    {
        var ns = (type.IsNested ? type.DeclaringType!.Namespace : type.Namespace) ?? "";
        if (!ns.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var rest = ns[Prefix.Length..];
        return rest.Split('.')[0];
    }

    /// <summary>The strongly connected components of more than one feature (Tarjan).</summary>
    private static List<List<string>> Cycles(Dictionary<string, List<string>> graph)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var found = new List<List<string>>();
        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in graph.GetValueOrDefault(v) ?? [])
            {
                if (!index.ContainsKey(w)) { Visit(w); low[v] = Math.Min(low[v], low[w]); }
                else if (onStack.Contains(w)) low[v] = Math.Min(low[v], index[w]);
            }
            if (low[v] != index[v]) return;
            var component = new List<string>();
            string x;
            do { x = stack.Pop(); onStack.Remove(x); component.Add(x); } while (x != v);
            if (component.Count > 1) found.Add(component);
        }
        foreach (var v in graph.Keys.ToList()) if (!index.ContainsKey(v)) Visit(v);
        return found;
    }

    private static string Describe(List<string> cycle, Dictionary<(string From, string To), string> edges) =>
        string.Join(", ", edges.Where(e => cycle.Contains(e.Key.From) && cycle.Contains(e.Key.To)).Select(e => $"{e.Key.From}→{e.Key.To} ({e.Value})"));
}
