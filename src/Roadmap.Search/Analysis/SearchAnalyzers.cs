using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using Roadmap.Search.Indexing;

namespace Roadmap.Search.Analysis;

/// <summary>
/// The analysers, one per kind of field. Index and query use the same ones; the highlighter re-runs the English one
/// over stored text so marked words are exactly those that matched.
/// </summary>
internal static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// English prose (title, scope): EnglishAnalyzer's chain plus ASCII folding, so "contracts" matches "contract"
    /// and "Identifiers'" matches "identifier".
    /// </summary>
    public static Analyzer CreateEnglish() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>
    /// Exact words (<c>exact:</c>): as <see cref="CreateEnglish"/> without stemming, so a rule can tell "application"
    /// from "applicability" and "identifier" from "identification", which stem alike.
    /// </summary>
    public static Analyzer CreateExact() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>Designations: the letter and digit runs of <see cref="DesignationForms"/>, lower-cased, without leading zeros.</summary>
    public static Analyzer CreateDesignation() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new PatternTokenizer(reader, DesignationForms.TokenPattern(), 0);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new PatternReplaceFilter(stream, DesignationForms.LeadingZeros(), string.Empty, false);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>Keyword fields of advanced queries (<c>body:iso</c>): the whole value, lower-cased as indexed.</summary>
    public static Analyzer CreateLowercaseKeyword() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new KeywordTokenizer(reader);
        return new TokenStreamComponents(source, new LowerCaseFilter(Version, source));
    });

    /// <summary>
    /// The writer's analyser: as <see cref="CreatePerField"/> for the analysed fields, and every exact-term field
    /// (<see cref="KeywordField"/>) kept whole, as given.
    /// </summary>
    public static Analyzer CreateWriter(Analyzer english, Analyzer designation)
    {
        var keyword = new KeywordAnalyzer();
        var perField = KeywordField.Names.ToDictionary(name => name, _ => (Analyzer)keyword, StringComparer.Ordinal);
        perField[IndexFields.Designation] = designation;
        perField[IndexFields.SubjectExact] = CreateExact();
        return new PerFieldAnalyzerWrapper(english, perField);
    }

    /// <summary>The advanced query parser's analyser: English by default, the rest per field.</summary>
    public static Analyzer CreatePerField(Analyzer english, Analyzer designation)
    {
        var keyword = CreateLowercaseKeyword();
        var perField = new Dictionary<string, Analyzer>(StringComparer.Ordinal)
        {
            [IndexFields.Designation] = designation,
            [IndexFields.Key] = new KeywordAnalyzer(),
            [IndexFields.Body] = keyword,
            [IndexFields.Committee] = keyword,
            [IndexFields.Stage] = keyword,
            [IndexFields.Year] = keyword,
            [IndexFields.Topic] = keyword,
            [IndexFields.SubjectExact] = CreateExact(),
        };
        return new PerFieldAnalyzerWrapper(english, perField);
    }
}
