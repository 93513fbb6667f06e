namespace Roadmap.Core.Audit;

/// <summary>The append-only trail of every mutation. Entries are never changed or removed.</summary>
public interface IAuditLog
{
    /// <summary>Records an entry and returns it with its id.</summary>
    Task<AuditEntry> AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Entries matching the query, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken);
}
