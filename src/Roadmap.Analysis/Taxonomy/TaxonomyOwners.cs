using Roadmap.Core.Committees;

namespace Roadmap.Analysis.Taxonomy;

/// <summary>
/// Checks the taxonomy's owners against the store's committees. An owner that names no committee node is a mandate
/// nobody can act on: gaps would be suggested to it, and coverage and liaisons could never credit it. The check runs
/// when an analysis loads the taxonomy (after the YAML itself is valid, which needs no store) and names each such owner.
/// </summary>
public static class TaxonomyOwners
{
    /// <summary>One message per owner that does not resolve, naming the topic and the owner as written; empty when all resolve.</summary>
    public static IReadOnlyList<string> Unresolved(TopicTaxonomy taxonomy, IEnumerable<Committee> committees)
    {
        var keys = committees.Select(c => c.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. taxonomy.Nodes
            .SelectMany(n => n.Owners.Select(o => (Topic: n.Id, Owner: o.Committee)))
            .Where(x => Resolve(x.Owner, keys) is null)
            .Select(x => $"topic '{x.Topic}': owner '{x.Owner}' is no committee in the store (import it with 'roadmap import committees', or correct the taxonomy)")];
    }

    /// <summary>The stored key an owner names (owners may write a Question with its group: "ITU-T SG17 Q14/17"); null when none.</summary>
    public static string? Resolve(string owner, IReadOnlySet<string> keys)
    {
        var key = CommitteeKeys.Normalize(owner);
        return keys.Contains(key) ? key : null;
    }
}
