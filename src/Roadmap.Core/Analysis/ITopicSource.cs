namespace Roadmap.Core.Analysis;

/// <summary>
/// Each document's topics as the analysis and the editors left them. The search index files documents under these
/// (topic filter and facet); hosts hand it an implementation, so the index never depends on the analysis itself.
/// </summary>
public interface ITopicSource
{
    /// <summary>Topic ids by document key, for every document with at least one topic.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetTopicsAsync(CancellationToken cancellationToken);
}
