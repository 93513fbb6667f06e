using Roadmap.Core.Audit;
using Roadmap.Graph.Embedded;
using Roadmap.TestKit;
using Roadmap.TestKit.Conformance;

namespace Roadmap.Graph.Tests.Embedded;

/// <summary>The audit trail conformance suite, run against the data folder's SQLite database.</summary>
public sealed class SqliteAuditLogConformanceTests : AuditLogConformance
{
    private readonly TempDirectory _folder = new();

    private DataDirectory Directory => DataDirectory.OpenOrCreate(_folder.Path);

    protected override async Task<IAuditLog> CreateLogAsync() => await SqliteAuditLog.OpenAsync(Directory, Ct);

    protected override Task<IAuditLog> OpenAnotherAsync() => Task.FromResult<IAuditLog>(new SqliteAuditLog(Directory.GraphDatabasePath));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}
