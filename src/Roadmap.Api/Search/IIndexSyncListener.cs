using Roadmap.Search.Maintenance;

namespace Roadmap.Api.Search;

/// <summary>Told after every index sync that saw writes in the store (an import, a crawl, an API write), e.g. to re-run the analysis.</summary>
internal interface IIndexSyncListener
{
    void OnIndexSynced(IndexSyncReport report);
}
