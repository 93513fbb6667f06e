using Roadmap.Core.Audit;

namespace Roadmap.Application.Tests.Fakes;

/// <summary>An audit trail that keeps what was appended, numbered from 1.</summary>
internal sealed class RecordingAuditLog : IAuditLog
{
    public List<AuditEntry> Entries { get; } = [];

    public Task<AuditEntry> AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var stored = entry with { Id = Entries.Count + 1 };
        Entries.Add(stored);
        return Task.FromResult(stored);
    }

    public Task<IReadOnlyList<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<AuditEntry>>([.. Entries]);
}
