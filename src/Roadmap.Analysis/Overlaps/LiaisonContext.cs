using Roadmap.Core.Committees;

namespace Roadmap.Analysis.Overlaps;

/// <summary>What the liaison ranker knows beyond the overlaps: the committee tree, committee sizes and the liaison registry.</summary>
public sealed record LiaisonContext
{
    public static LiaisonContext Empty { get; } = new();

    /// <summary>The committees by key, for parents; a committee missing here falls back to the parent its key implies.</summary>
    public IReadOnlyDictionary<string, Committee> Committees { get; init; } = new Dictionary<string, Committee>(StringComparer.Ordinal);

    /// <summary>Documents analysed per committee: the size the strength is normalised by.</summary>
    public IReadOnlyDictionary<string, int> Sizes { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    public IReadOnlyList<CommitteeLiaison> Registry { get; init; } = [];

    /// <summary>Builds the context from the store's committees and registry and the documents' committees.</summary>
    public static LiaisonContext Create(IEnumerable<Committee> committees, IEnumerable<CommitteeLiaison> registry, IEnumerable<string?> documentCommittees) => new()
    {
        Committees = committees.GroupBy(c => c.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal),
        Registry = [.. registry],
        Sizes = documentCommittees.OfType<string>().GroupBy(c => c, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
    };

    /// <summary>The committee and its ancestors, nearest first (cycles in bad data are cut).</summary>
    public IReadOnlyList<string> SelfAndAncestors(string key)
    {
        var chain = new List<string>();
        for (string? at = key; at is not null && !chain.Contains(at); at = Committees.TryGetValue(at, out var c) ? c.ParentKey ?? CommitteeKeys.ParentOf(at) : CommitteeKeys.ParentOf(at))
        {
            chain.Add(at);
        }

        return chain;
    }

    public int SizeOf(string key) => Sizes.GetValueOrDefault(key);
}
