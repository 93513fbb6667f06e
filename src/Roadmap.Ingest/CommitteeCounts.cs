using Roadmap.Core.Committees;

namespace Roadmap.Ingest;

/// <summary>
/// What an import did to the committees its feed names, each counted once however many lines name it: compared before
/// and after, so the count is right whatever the store's merge keeps (a committee feed re-run is all unchanged).
/// </summary>
public sealed record CommitteeCounts(int Added, int Changed, int Unchanged)
{
    public static CommitteeCounts None { get; } = new(0, 0, 0);

    public int Total => Added + Changed + Unchanged;

    public static CommitteeCounts Compare(IEnumerable<string> named, IReadOnlyList<Committee> before, IReadOnlyList<Committee> after)
    {
        var was = before.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var now = after.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var (added, changed, unchanged) = (0, 0, 0);
        foreach (var key in named.Distinct(StringComparer.Ordinal))
        {
            if (!now.TryGetValue(key, out var stored))
            {
                // Named but not stored (the batch holding it was rejected): neither added nor kept.
                continue;
            }

            if (!was.TryGetValue(key, out var previous))
            {
                added++;
            }
            else if (previous == stored)
            {
                unchanged++;
            }
            else
            {
                changed++;
            }
        }

        return new CommitteeCounts(added, changed, unchanged);
    }
}
