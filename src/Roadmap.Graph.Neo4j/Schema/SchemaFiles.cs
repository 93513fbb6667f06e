using System.Text;

namespace Roadmap.Graph.Neo4j.Schema;

/// <summary>Reads the embedded <c>schema/neo4j/*.cypher</c> files: statements end with <c>;</c>, lines starting <c>//</c> are comments.</summary>
internal static class SchemaFiles
{
    private const string Prefix = "Roadmap.Graph.Neo4j.Schema.";

    public static IReadOnlyList<string> Statements(string fileName)
    {
        using var stream = typeof(SchemaFiles).Assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"schema file '{fileName}' is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    public static IReadOnlyList<string> Parse(string text)
    {
        var code = string.Join(' ', text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)));
        return code.Split(';').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
    }
}
