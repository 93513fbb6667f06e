using System.Text.Json;
using Roadmap.Api.Security;
using Roadmap.Core.Audit;

namespace Roadmap.Api.Audit;

/// <summary>Records a mutation in the audit trail: the caller, the time, the target and its state before and after.</summary>
internal sealed class AuditRecorder(IAuditLog log, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<AuditEntry> RecordAsync<TBefore, TAfter>(Caller caller, string action, string target, TBefore before, TAfter after, string? note, CancellationToken cancellationToken) =>
        log.AppendAsync(
            new AuditEntry
            {
                At = time.GetUtcNow(),
                Actor = caller.AuditName,
                Role = caller.IsAnonymous ? "anonymous" : caller.Role.ToString().ToLowerInvariant(),
                Action = action,
                Target = target,
                Before = before is null ? null : JsonSerializer.Serialize(before, Json),
                After = after is null ? null : JsonSerializer.Serialize(after, Json),
                Note = note,
            },
            cancellationToken);
}
