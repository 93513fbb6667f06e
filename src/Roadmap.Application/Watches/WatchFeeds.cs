using System.Security.Cryptography;
using System.Text;
using Roadmap.Core.Graph;
using Roadmap.Core.Watches;

namespace Roadmap.Application.Watches;

/// <summary>
/// The document and committee feeds: every event of a document (or of the documents of a committee and its subtree),
/// read straight off the store's recorded changes through the same <see cref="ChangeCandidates"/> as the watches, and
/// the per-feed tokens that open them (only their hash is kept).
/// </summary>
public sealed class WatchFeeds(IGraphStore graph, IWatchStore store, TimeProvider time)
{
    /// <summary>How far back a committee feed looks.</summary>
    public static readonly TimeSpan CommitteeWindow = TimeSpan.FromDays(90);

    /// <summary>Mints a token for one feed; returns the secret, shown once.</summary>
    public async Task<string> CreateTokenAsync(WatchCaller caller, FeedScope scope, string target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (string.IsNullOrWhiteSpace(target))
        {
            throw new Errors.InvalidInputException("a feed names a document or a committee");
        }

        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await store.SaveFeedTokenAsync(new FeedToken { Hash = Hash(secret), Scope = scope, Target = target.Trim(), OwnerKeyId = caller.KeyId, CreatedAt = time.GetUtcNow() }, cancellationToken);
        return secret;
    }

    /// <summary>The feed's events, newest first, or null when the token does not open this feed.</summary>
    public async Task<IReadOnlyList<WatchCandidate>?> ReadAsync(FeedScope scope, string target, string token, int limit, CancellationToken cancellationToken)
    {
        var found = await store.FindFeedTokenAsync(Hash(token ?? ""), cancellationToken);
        if (found is null || found.Scope != scope || !string.Equals(found.Target, target, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var lineage = await CommitteeLineage.LoadAsync(graph, cancellationToken);
        var changes = scope == FeedScope.Document
            ? await graph.GetHistoryAsync(found.Target, cancellationToken)
            : await graph.GetChangesAsync(time.GetUtcNow() - CommitteeWindow, 10_000, cancellationToken);
        var documents = await graph.GetDocumentsAsync([.. changes.Select(c => c.DocumentKey).Distinct(StringComparer.Ordinal)], cancellationToken);
        var none = new HashSet<string>();
        var events = new List<WatchCandidate>();
        foreach (var change in changes)
        {
            if (documents.TryGetValue(change.DocumentKey, out var document)
                && (scope == FeedScope.Document || lineage.Of(document.CommitteeKey).Contains(found.Target)))
            {
                events.AddRange(ChangeCandidates.From(change, document, lineage.Of(document.CommitteeKey), none, SignificantTransitions.Bundled));
            }
        }

        return [.. events.OrderByDescending(e => e.ChangeSeq).Take(limit)];
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
