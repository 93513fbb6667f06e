using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Graph.Neo4j.Listing;

/// <summary>
/// The per-group document counts <c>stats</c> reports, kept as <c>:Counter</c> nodes and moved by each write batch (under
/// the sequence lock, in the batch's transaction), so <c>stats</c> reads a few hundred small nodes instead of every document.
/// </summary>
internal static class StatsCounters
{
    public const string Body = "body";
    public const string Stage = "stage";
    public const string Committee = "committee";
    public const string InForce = "inForce";
    public const string InForceWithoutCommittee = "inForceWithoutCommittee";
    public const string Editions = "editions";

    /// <summary>How the batch's changed documents move the counters; counters that end where they began are left out.</summary>
    public static List<object?> Deltas(IEnumerable<(Document? Before, Document After)> changes)
    {
        var deltas = new Dictionary<(string Group, string Name), long>();
        foreach (var (before, after) in changes)
        {
            if (before is not null)
            {
                Add(deltas, before, -1);
            }

            Add(deltas, after, +1);
        }

        return deltas.Where(d => d.Value != 0)
            .OrderBy(d => d.Key.Group, StringComparer.Ordinal).ThenBy(d => d.Key.Name, StringComparer.Ordinal)
            .Select(d => (object?)Row(d.Key.Group, d.Key.Name, d.Value))
            .ToList();
    }

    public static Dictionary<string, object?> Row(string group, string name, long n) => new()
    {
        ["key"] = group + "\u001f" + name,
        ["group"] = group,
        ["name"] = name,
        ["n"] = n,
    };

    private static void Add(Dictionary<(string, string), long> deltas, Document document, int sign)
    {
        void Count((string, string) key, long n) => deltas[key] = deltas.GetValueOrDefault(key) + (sign * n);

        Count((Body, document.Body), 1);
        Count((Stage, document.Lifecycle.Stage.ToString()), 1);
        Count((Editions, string.Empty), document.Editions.Count);
        if (document.CommitteeKey is { } committee)
        {
            Count((Committee, committee), 1);
        }

        // In force = the stages the SQLite store counts too (Published, UnderReview).
        if (document.Lifecycle.Stage is LifecycleStage.Published or LifecycleStage.UnderReview)
        {
            Count((InForce, document.Body), 1);
            if (document.CommitteeKey is null)
            {
                Count((InForceWithoutCommittee, document.Body), 1);
            }
        }
    }
}
