namespace Roadmap.Application.Jobs;

/// <summary>The answer to a request that starts admin work: the job (a running one of the same kind when one was under way) and the audit entry of the request.</summary>
public sealed record JobStart(BackgroundJob Job, bool Started, long AuditId);
