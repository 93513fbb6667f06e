using Roadmap.Core.Analysis;

namespace Roadmap.TestKit;

/// <summary>
/// An <see cref="ITextMatcher"/> without an index, for analysis unit tests: a query answers only what the test set up
/// with <see cref="OnQuery"/>, every query asked is recorded, and <see cref="Terms"/> splits a text into lower-case
/// words (no stemming; a handful of stop words dropped), which is enough for term vectors.
/// </summary>
public sealed class FakeTextMatcher : ITextMatcher
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal) { "a", "an", "and", "for", "in", "of", "on", "the", "to" };

    private readonly List<string> _keys = [];
    private readonly Dictionary<(string Query, string? Within), List<TextMatch>> _answers = [];
    private readonly List<(string Query, string? Within)> _asked = [];

    public int Count => _keys.Count;

    /// <summary>Every (query, filter) pair <see cref="Match"/> was asked, in order.</summary>
    public IReadOnlyList<(string Query, string? Within)> Asked => _asked;

    /// <summary>Documents the matcher sees (what <see cref="Keys"/> returns).</summary>
    public FakeTextMatcher WithKeys(params string[] keys)
    {
        _keys.AddRange(keys);
        return this;
    }

    /// <summary>Makes <paramref name="query"/> (within <paramref name="within"/>) match <paramref name="key"/> on <paramref name="terms"/>.</summary>
    public FakeTextMatcher OnQuery(string query, string? within, string key, params string[] terms)
    {
        if (!_answers.TryGetValue((query, within), out var matches))
        {
            _answers[(query, within)] = matches = [];
        }

        matches.Add(new TextMatch(key, terms));
        if (!_keys.Contains(key))
        {
            _keys.Add(key);
        }

        return this;
    }

    public string? Validate(string query) => string.IsNullOrWhiteSpace(query) ? "empty query" : null;

    public IReadOnlyList<TextMatch> Match(string query, string? within = null)
    {
        _asked.Add((query, within));
        return _answers.TryGetValue((query, within), out var matches) ? matches : [];
    }

    public IEnumerable<string> Keys() => _keys;

    public IReadOnlyList<string> Terms(string text) =>
        [.. text.Split((char[])[' ', ',', '.', ';', ':', '-', '—', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant())
            .Where(w => !StopWords.Contains(w))];
}
