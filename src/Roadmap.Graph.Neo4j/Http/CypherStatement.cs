namespace Roadmap.Graph.Neo4j.Http;

/// <summary>A Cypher text (always one of <see cref="Cypher.CypherStatements"/>) with its parameters.</summary>
internal sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public CypherStatement(string text)
        : this(text, new Dictionary<string, object?>())
    {
    }
}
