namespace Roadmap.Hosting;

/// <summary>Which graph store serves the documents (<c>Roadmap:Graph:Provider</c>).</summary>
public enum GraphProvider
{
    Embedded,
    Neo4j,
}
