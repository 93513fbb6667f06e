using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Roadmap.Search.Analysis;

/// <summary>Runs an analyser over text and returns its tokens: the one place that drives a Lucene token stream.</summary>
internal static class TokenReader
{
    public static List<AnalyzedToken> Read(Analyzer analyzer, string field, string text, int maxTokens = int.MaxValue)
    {
        var tokens = new List<AnalyzedToken>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (tokens.Count < maxTokens && stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }
}
