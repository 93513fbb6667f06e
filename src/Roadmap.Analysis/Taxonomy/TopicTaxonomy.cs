using Roadmap.Core.Topics;

namespace Roadmap.Analysis.Taxonomy;

/// <summary>The validated topic tree. Built only by <see cref="TaxonomyLoader"/>, so ids are unique, parents exist and there are no cycles.</summary>
public sealed class TopicTaxonomy
{
    private readonly Dictionary<string, TaxonomyNode> _byId;
    private readonly ILookup<string, TaxonomyNode> _children;

    internal TopicTaxonomy(IReadOnlyList<TaxonomyNode> nodes, TaxonomySettings settings, TaxonomyContext context, string hash)
    {
        Nodes = nodes;
        Settings = settings;
        Context = context;
        Hash = hash;
        _byId = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        _children = nodes.Where(n => n.ParentId is not null).ToLookup(n => n.ParentId!, StringComparer.Ordinal);
    }

    /// <summary>Every topic, in file order (parents before children).</summary>
    public IReadOnlyList<TaxonomyNode> Nodes { get; }

    public TaxonomySettings Settings { get; }

    public TaxonomyContext Context { get; }

    /// <summary>A hash of the file's content: a changed taxonomy makes the next run a full one.</summary>
    public string Hash { get; }

    public IEnumerable<TaxonomyNode> Leaves => Nodes.Where(IsLeaf);

    public TaxonomyNode? Find(string id) => _byId.GetValueOrDefault(id);

    public TaxonomyNode Get(string id) => _byId.TryGetValue(id, out var node) ? node : throw new ArgumentException($"no topic '{id}' in the taxonomy", nameof(id));

    public bool Contains(string id) => _byId.ContainsKey(id);

    public IEnumerable<TaxonomyNode> ChildrenOf(string id) => _children[id];

    public bool IsLeaf(TaxonomyNode node) => !_children.Contains(node.Id);

    /// <summary>The topic's ancestors, nearest first.</summary>
    public IEnumerable<TaxonomyNode> AncestorsOf(string id)
    {
        for (var node = Find(id)?.ParentId is { } p ? Find(p) : null; node is not null; node = node.ParentId is { } q ? Find(q) : null)
        {
            yield return node;
        }
    }

    /// <summary>The topic and every topic below it.</summary>
    public IEnumerable<TaxonomyNode> SubtreeOf(string id)
    {
        var stack = new Stack<TaxonomyNode>([Get(id)]);
        while (stack.TryPop(out var node))
        {
            yield return node;
            foreach (var child in ChildrenOf(node.Id))
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>The mandates of the topic or of its nearest ancestor that has any.</summary>
    public IReadOnlyList<CommitteeMandate> OwnersOf(string id) =>
        Find(id) is { Owners.Count: > 0 } node ? node.Owners : AncestorsOf(id).FirstOrDefault(a => a.Owners.Count > 0)?.Owners ?? [];

    public IReadOnlyList<Topic> ToTopics() => [.. Nodes.Select(n => n.ToTopic())];
}
