global using static Roadmap.Graph.Neo4j.Http.CypherParameters;

namespace Roadmap.Graph.Neo4j.Http;

/// <summary>A statement's parameters from name–value pairs: what every store of this project builds its statements with.</summary>
internal static class CypherParameters
{
    public static Dictionary<string, object?> Parameters(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
