using Roadmap.Core.Graph;

namespace Roadmap.Application.Watches;

/// <summary>Each committee with its ancestors, read once per pass, so "a committee and its subtree" is a set lookup.</summary>
public sealed class CommitteeLineage
{
    private readonly Dictionary<string, string?> _parents;

    private CommitteeLineage(Dictionary<string, string?> parents) => _parents = parents;

    public static async Task<CommitteeLineage> LoadAsync(IGraphStore graph, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var committees = await graph.ListCommitteesAsync(cancellationToken);
        return new CommitteeLineage(committees.ToDictionary(c => c.Key, c => c.ParentKey, StringComparer.Ordinal));
    }

    public IReadOnlySet<string> Of(string? committee)
    {
        var lineage = new HashSet<string>(StringComparer.Ordinal);
        // The tree is kept by hand and by crawls: the visited check guards against a cycle someone typed in.
        for (var key = committee; key is not null && lineage.Add(key);)
        {
            key = _parents.GetValueOrDefault(key);
        }

        return lineage;
    }
}
