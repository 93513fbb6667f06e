using Roadmap.Analysis.Taxonomy;

namespace Roadmap.Analysis.Tests.TestData;

/// <summary>
/// A small <see cref="TopicTaxonomy"/> built in memory, without YAML or a text index (the taxonomy's constructor is
/// internal, so this builder lives beside the tests rather than in Roadmap.TestKit). Topics are added parents first.
/// </summary>
internal sealed class TaxonomyBuilder
{
    private readonly List<TaxonomyNode> _nodes = [];
    private TaxonomySettings _settings = new();
    private TaxonomyContext _context = new([], []);

    /// <summary>A topic named <c>Topic {id}</c>; <paramref name="owner"/> is a committee whose mandate is <c>{owner} mandate</c>.</summary>
    public TaxonomyBuilder Topic(string id, string? parent = null, double weight = 0.5, string? scope = null, string? owner = null) =>
        Topic(new TaxonomyNode
        {
            Id = id,
            ParentId = parent,
            Name = "Topic " + id,
            Scope = scope,
            Weight = weight,
            Owners = owner is null ? [] : [new CommitteeMandate(owner, owner + " mandate")],
        });

    public TaxonomyBuilder Topic(TaxonomyNode node)
    {
        _nodes.Add(node);
        return this;
    }

    public TaxonomyBuilder WithSettings(TaxonomySettings settings)
    {
        _settings = settings;
        return this;
    }

    public TaxonomyBuilder WithContext(IReadOnlyList<string> queries, IReadOnlyList<string> committees, IReadOnlyList<string>? exclude = null)
    {
        _context = new TaxonomyContext(queries, committees) { Exclude = exclude ?? [] };
        return this;
    }

    public TopicTaxonomy Build() => new(_nodes, _settings, _context, "test-taxonomy");
}
