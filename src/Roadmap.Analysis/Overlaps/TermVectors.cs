using System.Text.RegularExpressions;
using Roadmap.Core.Analysis;
using Roadmap.Core.Documents;

namespace Roadmap.Analysis.Overlaps;

/// <summary>
/// Unit-length tf-idf vectors of the candidates' title subjects (series boilerplate removed, counted twice) and scopes,
/// with an inverted index for pair dots. Both are read through the synonym vocabulary (<see cref="OverlapSynonyms"/>) first.
/// Shared terms are reported as the words people wrote, not as stems.
/// </summary>
internal sealed partial class TermVectors
{
    private readonly List<Dictionary<string, double>> _vectors;
    private readonly Dictionary<string, string> _surface;

    private TermVectors(List<Dictionary<string, double>> vectors, Dictionary<string, string> surface) => (_vectors, _surface) = (vectors, surface);

    public static TermVectors Build(IReadOnlyList<OverlapCandidate> candidates, ITextMatcher matcher) =>
        Build(candidates, matcher, OverlapSynonyms.Bundled);

    public static TermVectors Build(IReadOnlyList<OverlapCandidate> candidates, ITextMatcher matcher, OverlapSynonyms synonyms)
    {
        var texts = candidates.Select(c => (Title: synonyms.Rewrite(TitleSubject.Of(c.Title)), Scope: c.Scope is null ? null : synonyms.Rewrite(c.Scope))).ToList();
        var counts = texts.Select(c =>
        {
            var tf = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var term in matcher.Terms(c.Title))
            {
                tf[term] = tf.GetValueOrDefault(term) + 2;
            }

            foreach (var term in c.Scope is null ? [] : matcher.Terms(c.Scope))
            {
                tf[term] = tf.GetValueOrDefault(term) + 1;
            }

            return tf;
        }).ToList();

        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in counts.SelectMany(c => c.Keys))
        {
            documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        }

        var n = Math.Max(1, candidates.Count);
        var vectors = counts.Select(tf =>
        {
            var vector = tf.ToDictionary(t => t.Key, t => (1 + Math.Log(t.Value)) * Math.Log(1 + (n / (double)documentFrequency[t.Key])), StringComparer.Ordinal);
            var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
            return norm == 0 ? vector : vector.ToDictionary(v => v.Key, v => v.Value / norm, StringComparer.Ordinal);
        }).ToList();
        return new TermVectors(vectors, SurfaceWords(texts.SelectMany(t => new[] { t.Title, t.Scope }).OfType<string>(), matcher));
    }

    /// <summary>
    /// The dot product of every pair sharing at least one distinctive term, by (i, j) with i &lt; j. Terms most candidates
    /// share do not propose pairs (their idf is low and their pair count quadratic), but they still count in each dot.
    /// </summary>
    public Dictionary<(int, int), double> Dots()
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _vectors.Count; i++)
        {
            foreach (var term in _vectors[i].Keys)
            {
                (postings.TryGetValue(term, out var list) ? list : postings[term] = []).Add(i);
            }
        }

        var maxProposers = Math.Max(50, _vectors.Count / 10);
        var dots = new Dictionary<(int, int), double>();
        AddPairs(dots, postings.Values.Where(l => l.Count <= maxProposers));
        return dots;
    }

    private double Dot(int i, int j)
    {
        var (small, large) = _vectors[i].Count <= _vectors[j].Count ? (_vectors[i], _vectors[j]) : (_vectors[j], _vectors[i]);
        var sum = 0.0;
        foreach (var (term, weight) in small)
        {
            if (large.TryGetValue(term, out var other))
            {
                sum += weight * other;
            }
        }

        return Math.Min(1.0, sum);
    }

    public IReadOnlyList<string> SharedTerms(int i, int j, int limit) =>
        [.. _vectors[i].Where(t => _vectors[j].ContainsKey(t.Key))
            .Select(t => (t.Key, Weight: t.Value * _vectors[j][t.Key]))
            .OrderByDescending(t => t.Weight).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(limit).Select(t => _surface.GetValueOrDefault(t.Key, t.Key))];

    /// <summary>Adds every pair within each of <paramref name="groups"/> (candidates sharing a distinctive term, or a primary topic) not scored yet.</summary>
    public void AddPairs(Dictionary<(int, int), double> dots, IEnumerable<IReadOnlyList<int>> groups)
    {
        foreach (var group in groups)
        {
            for (var x = 0; x < group.Count; x++)
            {
                for (var y = x + 1; y < group.Count; y++)
                {
                    var key = group[x] < group[y] ? (group[x], group[y]) : (group[y], group[x]);
                    if (!dots.ContainsKey(key))
                    {
                        dots[key] = Dot(key.Item1, key.Item2);
                    }
                }
            }
        }
    }

    // The first word (lower-cased) each stem came from: "architecture" rather than "architectur".
    private static Dictionary<string, string> SurfaceWords(IEnumerable<string> texts, ITextMatcher matcher)
    {
        var surface = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var word in Word().Matches(text).Select(m => m.Value.ToLowerInvariant()))
            {
                if (seen.Add(word) && matcher.Terms(word) is [var stem])
                {
                    surface.TryAdd(stem, word);
                }
            }
        }

        return surface;
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
