namespace Roadmap.Application.Watches;

/// <summary>
/// What watch rules need beyond the graph: the analysis' topics of documents (with ancestors) and the search index's
/// answer to a query. The service and the CLI give the real ones (<see cref="AnalysisWatchFacts"/>); tests give fakes.
/// </summary>
public interface IWatchFacts
{
    /// <summary>Each document's topics with their ancestors (documents without topics are left out).</summary>
    Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> TopicLineagesAsync(IReadOnlyCollection<string> documentKeys, CancellationToken cancellationToken);

    /// <summary>A topic with its ancestors.</summary>
    IReadOnlySet<string> TopicLineage(string topicId);

    /// <summary>The keys of the documents matching a search query (empty when it does not parse).</summary>
    IReadOnlySet<string> QueryMatches(string query);

    /// <summary>Null when the query parses; otherwise why not.</summary>
    string? ValidateQuery(string query);

    /// <summary>Null when the topic exists.</summary>
    bool TopicExists(string topicId);
}
