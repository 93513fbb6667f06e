using Roadmap.Analysis.Overlaps;

namespace Roadmap.Analysis.Tests.Overlaps;

/// <summary>An embedder that maps each text to a chosen vector, so a test decides how alike two titles mean.</summary>
internal sealed class FakeEmbedder(Dictionary<string, float[]> vectors) : ITextEmbedder
{
    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken) => [.. texts.Select(t => vectors[t])];
}
