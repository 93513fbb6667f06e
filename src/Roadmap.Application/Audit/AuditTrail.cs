using System.Text.Json;
using Roadmap.Core.Audit;

namespace Roadmap.Application.Audit;

/// <summary>Records a mutation in the audit trail: the actor, the time, the target and its state before and after.</summary>
public sealed class AuditTrail(IAuditLog log, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<AuditEntry> RecordAsync<TBefore, TAfter>(Actor actor, string action, string target, TBefore before, TAfter after, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return log.AppendAsync(
            new AuditEntry
            {
                At = time.GetUtcNow(),
                Actor = actor.Name,
                Role = actor.Role,
                Action = action,
                Target = target,
                Before = before is null ? null : JsonSerializer.Serialize(before, Json),
                After = after is null ? null : JsonSerializer.Serialize(after, Json),
                Note = note,
            },
            cancellationToken);
    }
}
