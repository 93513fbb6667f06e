using Roadmap.Core.Documents;

namespace Roadmap.Analysis.Overlaps;

/// <summary>
/// The candidates' title subjects (series boilerplate removed) as sentence embeddings. Titles only: they state the
/// subject, fit the model's window, and encode fast enough for the whole corpus; scopes vary in length and wording and
/// did not separate same work from adjacent work any better when measured.
/// </summary>
internal sealed class SemanticVectors
{
    private readonly IReadOnlyList<float[]> _vectors;

    private SemanticVectors(IReadOnlyList<float[]> vectors) => _vectors = vectors;

    public static SemanticVectors Build(IReadOnlyList<OverlapCandidate> candidates, ITextEmbedder embedder, CancellationToken cancellationToken) =>
        new(embedder.Embed([.. candidates.Select(c => TitleSubject.Of(c.Title))], cancellationToken));

    /// <summary>The cosine of two candidates' title embeddings, 0–1 (opposed meanings count as unrelated).</summary>
    public double Similarity(int i, int j)
    {
        var (a, b) = (_vectors[i], _vectors[j]);
        var sum = 0.0;
        for (var k = 0; k < Math.Min(a.Length, b.Length); k++)
        {
            sum += a[k] * b[k];
        }

        return Math.Clamp(sum, 0, 1);
    }
}
