using Roadmap.Core.Analysis;
using Roadmap.Core.Audit;
using Roadmap.Core.Crawling;
using Roadmap.Core.Graph;
using Roadmap.Core.Security;
using Roadmap.Core.Watches;

namespace Roadmap.Application.Migration;

/// <summary>Every store of one installation: what <see cref="StoreMigration"/> reads from and writes to.</summary>
public sealed record ServiceStores
{
    public required IGraphStore Graph { get; init; }

    public required IAnalysisStore Analysis { get; init; }

    public required IApiKeyStore Keys { get; init; }

    public required IAuditLog Audit { get; init; }

    public required IWatchStore Watches { get; init; }

    public required ICrawlStateStore CrawlState { get; init; }
}
