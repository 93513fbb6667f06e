using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Roadmap.Search.Analysis;

/// <summary>Runs an analyser over text and returns its tokens: the one place that drives a Lucene token stream.</summary>
internal static class TokenReader
{
    /// <summary>
    /// The offsets of the tokens whose term <paramref name="keep"/> accepts, without making a string of every term: the
    /// highlighter runs this over ten titles and scopes per page, where almost no token is kept.
    /// </summary>
    public static List<(int Start, int End)> Offsets(Analyzer analyzer, string field, string text, TermFilter keep)
    {
        var offsets = new List<(int Start, int End)>();
        if (string.IsNullOrEmpty(text))
        {
            return offsets;
        }

        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (keep(term.Buffer.AsSpan(0, term.Length)))
            {
                offsets.Add((offset.StartOffset, offset.EndOffset));
            }
        }

        stream.End();
        return offsets;
    }

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

/// <summary>Whether a token's analysed term is wanted; the span is only valid during the call.</summary>
internal delegate bool TermFilter(ReadOnlySpan<char> term);
