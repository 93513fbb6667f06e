using Roadmap.Core.Topics;

namespace Roadmap.Analysis.Taxonomy;

/// <summary>A topic of the taxonomy with the rules that put documents under it and the committees that could own its gaps.</summary>
public sealed record TaxonomyNode
{
    public required string Id { get; init; }

    public string? ParentId { get; init; }

    public required string Name { get; init; }

    public string? Scope { get; init; }

    /// <summary>How much the topic matters to the roadmap, 0–1.</summary>
    public required double Weight { get; init; }

    public IReadOnlyList<TaxonomyRule> Rules { get; init; } = [];

    /// <summary>Regular expressions on document keys: known anchor documents of the topic.</summary>
    public IReadOnlyList<string> Designations { get; init; } = [];

    /// <summary>
    /// Context-free queries for the generic standards of the topic (e.g. quantum-safe cryptography in general), which a
    /// "no DLT profile" gap cites; empty means the topic's own rules without the DLT context.
    /// </summary>
    public IReadOnlyList<string> Generic { get; init; } = [];

    /// <summary>A catch-all leaf: it keeps a document only when no specific leaf names the document's subject.</summary>
    public bool Fallback { get; init; }

    /// <summary>The security leaf that mirrors this functional leaf (smart contracts ↔ smart-contract security), if any.</summary>
    public string? Counterpart { get; init; }

    /// <summary>Committee hints: documents of these committees (and their subgroups) lean to the topic.</summary>
    public IReadOnlyList<string> Committees { get; init; } = [];

    /// <summary>Committee mandates: who could take on the topic's gaps. Children inherit them.</summary>
    public IReadOnlyList<CommitteeMandate> Owners { get; init; } = [];

    /// <summary>False when a rule match counts outside the DLT context (the topic's words are specific enough).</summary>
    public bool RequiresContext { get; init; } = true;

    public Topic ToTopic() => new() { Id = Id, Name = Name, ParentId = ParentId, ScopeNote = Scope, Weight = Weight };
}

/// <summary>A classification rule: a Lucene query over title and scope, with the weight a match adds.</summary>
public sealed record TaxonomyRule(string Id, string Query, double Weight);

/// <summary>A committee and the words of its mandate that make it a fitting owner.</summary>
public sealed record CommitteeMandate(string Committee, string Mandate);
