using Roadmap.Core.Documents;

namespace Roadmap.Core.Graph;

/// <summary>A document linked to another, and how.</summary>
/// <param name="Outgoing">True when the relation points from the asked document to this one.</param>
public sealed record Neighbour(Document Document, RelationType Type, bool Outgoing);
