namespace Roadmap.Application.Watches;

/// <summary>
/// Facts for callers that check no query or topic (a verb that only lists or removes watches, a benchmark): every topic
/// is accepted as itself, no query matches anything.
/// </summary>
public sealed class NoWatchFacts : IWatchFacts
{
    public static NoWatchFacts Instance { get; } = new();

    private NoWatchFacts()
    {
    }

    public Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> TopicLineagesAsync(IReadOnlyCollection<string> documentKeys, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, IReadOnlySet<string>>>(new Dictionary<string, IReadOnlySet<string>>());

    public IReadOnlySet<string> TopicLineage(string topicId) => new HashSet<string> { topicId };

    public IReadOnlySet<string> QueryMatches(string query) => new HashSet<string>();

    public string? ValidateQuery(string query) => null;

    public bool TopicExists(string topicId) => true;
}
