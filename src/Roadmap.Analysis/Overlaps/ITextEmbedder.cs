namespace Roadmap.Analysis.Overlaps;

/// <summary>
/// Sentence embeddings (unit-length vectors) for semantic similarity: two titles on one subject written in different
/// words ("authorization services" and "access control") come out close where term vectors see nothing shared. The
/// implementation (an ONNX model) lives outside the analysis, which stays free of it; without one the overlap detector
/// compares words only.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>One unit-length vector per text, in order.</summary>
    IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
