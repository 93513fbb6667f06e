namespace Roadmap.Graph.Neo4j.State;

/// <summary>
/// What a classification replacement must write, given what is stored for the replaced documents: pairs that stay with the
/// same score and evidence are left alone, changed ones updated, and each pair that goes hands its node to one that comes
/// (re-keyed), so only the surplus is deleted or created. A Neo4j 3.1 transaction keeps every change in the heap until it
/// commits; this keeps a whole-corpus replacement near one change per row instead of two.
/// </summary>
internal sealed record ClassificationDiff(
    IReadOnlyList<object?> Rekeyed,
    IReadOnlyList<object?> Deleted,
    IReadOnlyList<object?> Created,
    IReadOnlyList<object?> Updated)
{
    /// <param name="stored">The stored pairs of the replaced documents, with their score and evidence JSON.</param>
    /// <param name="wanted">The rows to hold afterwards, by pair (each has <c>pair</c>, <c>score</c> and <c>evidence</c>).</param>
    public static ClassificationDiff Between(IReadOnlyDictionary<string, (double Score, string Evidence)> stored, IReadOnlyDictionary<string, Dictionary<string, object?>> wanted)
    {
        var created = new List<Dictionary<string, object?>>();
        var updated = new List<object?>();
        foreach (var (pair, row) in wanted)
        {
            if (!stored.TryGetValue(pair, out var before))
            {
                created.Add(row);
            }
            else if (!before.Score.Equals((double)row["score"]!) || !string.Equals(before.Evidence, (string?)row["evidence"], StringComparison.Ordinal))
            {
                updated.Add(row);
            }
        }

        var gone = stored.Keys.Where(pair => !wanted.ContainsKey(pair)).ToList();
        var shared = Math.Min(gone.Count, created.Count);
        var rekeyed = new List<object?>(shared);
        for (var i = 0; i < shared; i++)
        {
            rekeyed.Add(new Dictionary<string, object?>(created[i], StringComparer.Ordinal) { ["oldPair"] = gone[i] });
        }

        return new ClassificationDiff(rekeyed, [.. gone.Skip(shared)], [.. created.Skip(shared)], updated);
    }
}
