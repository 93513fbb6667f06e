namespace Roadmap.Application.Jobs;

/// <summary>Admin work that runs in the background instead of inside the request that asked for it.</summary>
public enum JobKind
{
    IndexRebuild,
    Analysis,
    Crawl,
}
