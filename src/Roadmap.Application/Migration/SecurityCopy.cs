using Roadmap.Core.Audit;

namespace Roadmap.Application.Migration;

/// <summary>
/// API keys (hashed: the secrets are never known) and the audit trail. A key revoked in the source is revoked in the
/// target too; audit entries are appended oldest first, each once (by time, actor, action and target), with new ids.
/// </summary>
internal static class SecurityCopy
{
    public static async Task<IReadOnlyList<MigrationPart>> RunAsync(ServiceStores source, ServiceStores target, CancellationToken cancellationToken) =>
        [await KeysAsync(source, target, cancellationToken), await AuditAsync(source.Audit, target.Audit, cancellationToken)];

    private static async Task<MigrationPart> KeysAsync(ServiceStores source, ServiceStores target, CancellationToken cancellationToken)
    {
        var there = (await target.Keys.ListAsync(cancellationToken)).ToDictionary(k => k.Id, StringComparer.Ordinal);
        var keys = await source.Keys.ListAsync(cancellationToken);
        var (copied, revoked) = (0, 0);
        foreach (var key in keys)
        {
            if (!there.TryGetValue(key.Id, out var stored))
            {
                await target.Keys.AddAsync(key, cancellationToken);
                copied++;
            }
            else if (key.RevokedAt is { } at && !stored.IsRevoked && await target.Keys.RevokeAsync(key.Id, at, cancellationToken))
            {
                revoked++;
            }
        }

        return new MigrationPart("API keys", copied, keys.Count - copied, revoked > 0 ? $"{revoked} revoked in the target as in the source" : null);
    }

    private static async Task<MigrationPart> AuditAsync(IAuditLog source, IAuditLog target, CancellationToken cancellationToken)
    {
        var there = (await ReadAllAsync(target, cancellationToken)).Select(Fingerprint).ToHashSet();
        var entries = await ReadAllAsync(source, cancellationToken);
        var copied = 0;
        foreach (var entry in entries.AsEnumerable().Reverse().Where(e => there.Add(Fingerprint(e))))
        {
            await target.AppendAsync(entry with { Id = 0 }, cancellationToken);
            copied++;
        }

        return new MigrationPart("audit entries", copied, entries.Count - copied);
    }

    /// <summary>The whole trail, newest first, a page at a time.</summary>
    private static async Task<IReadOnlyList<AuditEntry>> ReadAllAsync(IAuditLog log, CancellationToken cancellationToken)
    {
        var all = new List<AuditEntry>();
        long? before = null;
        while (true)
        {
            var page = await log.ListAsync(new AuditQuery { BeforeId = before, Limit = AuditQuery.MaxLimit }, cancellationToken);
            all.AddRange(page);
            if (page.Count < AuditQuery.MaxLimit)
            {
                return all;
            }

            before = page[^1].Id;
        }
    }

    private static (DateTimeOffset, string, string, string, string?) Fingerprint(AuditEntry entry) =>
        (entry.At, entry.Actor, entry.Action, entry.Target, entry.After);
}
