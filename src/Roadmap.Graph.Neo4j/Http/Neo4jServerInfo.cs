using System.Globalization;

namespace Roadmap.Graph.Neo4j.Http;

internal enum Neo4jProtocol
{
    /// <summary><c>POST /db/{db}/query/v2</c>, one statement per request (5.19+).</summary>
    QueryApi,

    /// <summary><c>POST /db/{db}/tx/commit</c> (4.x/5.x) or <c>/db/data/transaction/commit</c> (3.x), many statements per request.</summary>
    Transactional,
}

/// <summary>What discovery found: the server's version and the endpoint to use.</summary>
/// <param name="Endpoint">The path of the Query API (<c>/db/neo4j/query/v2</c>) or of the transaction root (<c>/db/neo4j/tx</c>).</param>
internal sealed record Neo4jServerInfo(string Version, Neo4jProtocol Protocol, string Endpoint)
{
    public int Major => Part(0);

    public int Minor => Part(1);

    /// <summary>Named constraints with <c>IF NOT EXISTS … FOR … REQUIRE</c> arrived in 4.4; calendar versions (2025.x) are newer still.</summary>
    public bool HasModernSchemaSyntax => Protocol == Neo4jProtocol.QueryApi || Major > 4 || (Major == 4 && Minor >= 4);

    public string SchemaFile => HasModernSchemaSyntax ? "5.x.cypher" : "3.x.cypher";

    private int Part(int index)
    {
        var parts = Version.Split('.', '-');
        return parts.Length > index && int.TryParse(parts[index], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }
}
