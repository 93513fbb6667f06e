using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Roadmap.Search.Analysis;
using Roadmap.Search.Indexing;

namespace Roadmap.Search.Querying;

/// <summary>
/// Builds the query for free text without a parser, so no input is a syntax error. Signals, strongest first: the text
/// is a designation (exact, then its core, then a core prefix while typing); the text's words in designation, title and
/// scope (designation &gt; title &gt; scope); the words as a phrase; a prefix for the word being typed; one-edit fuzzy
/// matches for longer words. Text in quotes is a phrase that must be there (<see cref="BuildPhrase"/>).
/// </summary>
internal sealed class SimpleQueryBuilder(Analyzer english, Analyzer designation)
{
    // Enough for any real query; bounds the clause count (each word makes up to six).
    private const int MaxWords = 24;
    private const int MinFuzzyLength = 5;
    private const int MaxCodeLetters = 4;

    private const float ExactDesignationBoost = 100f;
    private const float CoreDesignationBoost = 40f;
    private const float CorePrefixBoost = 8f;
    private const float DesignationWordBoost = 4f;
    private const float TitleBoost = 3f;
    private const float ScopeBoost = 1f;
    private const float TitlePhraseBoost = 6f;
    private const float AllTitleWordsBoost = 4f;

    // Far above what the other signals add up to: it makes a tier, not a nudge (see Build).
    private const float EveryWordBonus = 1000f;

    // A quoted phrase allows one word between its words: a small word the user left out ("ignition propensity
    // cigarettes" for "… of cigarettes") does not lose the document.
    private const int QuotedSlop = 1;

    // A designation piece in more than one document in this many is too common to identify one (see Build).
    private const int CommonPieceShare = 20;

    /// <summary>The query for cleaned, non-empty text; an empty query (matching nothing) when no word survives analysis.</summary>
    public Query Build(string text, IndexReader reader)
    {
        var typing = TextSanitizer.EndsInWord(text);
        // The clauses are alternative signals, not the words of one query, so missing some must not scale the rest down.
        var query = new BooleanQuery(disableCoord: true);
        // A designation with a number that the index knows ("ISO 21873-2", "x.1401") names its document: the designation
        // clauses put it and its family first, and its pieces as prose words ("2", "ts") would only add every title with
        // a "Part 2" below them while scoring thousands of documents. Without a number (W3C shortnames such as
        // "webauthn") the text may as well be a word, so the words stay.
        var namesDocument = AddDesignation(query, text, typing, reader) && text.Any(char.IsDigit);

        var words = WithoutBodyNames(TokenReader.Read(english, IndexFields.Title, text, MaxWords));
        if (words.Count > 0 && !namesDocument)
        {
            query.Add(Words(words, typing && words[^1].End == text.Length, reader), Occur.SHOULD);
        }

        if (words.Count > 1)
        {
            if (!namesDocument)
            {
                // Words are alternatives (any document with one of them is found) but not equals. Tiers: every word in
                // the title; then every word in title or scope with at least one in the title; then the rest
                // ("smart contract security" must not put smart-grid and smart-card texts on page one, nor a text that
                // only mentions the three words in passing in its scope above one titled "smart contract"). Constant
                // bonuses, so within each tier the usual signals still order the hits.
                query.Add(new ConstantScoreQuery(AllWords(IndexFields.Title, words, 1f)) { Boost = EveryWordBonus }, Occur.SHOULD);
                query.Add(new ConstantScoreQuery(new BooleanQuery { { EveryWord(words), Occur.MUST }, { AnyWord(IndexFields.Title, words), Occur.MUST } }) { Boost = EveryWordBonus }, Occur.SHOULD);
            }

            query.Add(AllWords(IndexFields.Title, words, AllTitleWordsBoost), Occur.SHOULD);
            // Title only: a sloppy phrase over long abstracts costs more than it adds to the ranking.
            query.Add(Phrase(IndexFields.Title, words, TitlePhraseBoost), Occur.SHOULD);
        }

        // Only code-like tokens (X, TR, PDL, did, 1401) name designations; W3C shortnames hold ordinary words
        // ("wot-security") that must not outrank titles about the words themselves.
        foreach (var token in WithoutBodyNames(TokenReader.Read(designation, IndexFields.Designation, text, MaxWords)).Select(t => t.Term).Where(IsCodeLike).Distinct(StringComparer.Ordinal))
        {
            var term = new Term(IndexFields.Designation, token);
            // Next to a named document, a piece that many designations share (a part number, a year) identifies none of
            // them; the rarer pieces ("21873") still bring the document's siblings.
            if (namesDocument && reader.DocFreq(term) > reader.MaxDoc / CommonPieceShare)
            {
                continue;
            }

            query.Add(new TermQuery(term) { Boost = DesignationWordBoost }, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>
    /// The documents that have every word of the text in title or scope, or null when the text has fewer than two words
    /// or names a document (then <see cref="Build"/> ranks by designation, not by words).
    /// </summary>
    public Query? EveryWord(string text, IndexReader reader)
    {
        var words = WithoutBodyNames(TokenReader.Read(english, IndexFields.Title, text, MaxWords));
        if (words.Count < 2 || (AddDesignation(new BooleanQuery(), text, typing: false, reader) && text.Any(char.IsDigit)))
        {
            return null;
        }

        return EveryWord(words);
    }

    /// <summary>
    /// For text that is one quoted phrase of two or more words, the query that requires the phrase in title or scope
    /// (as a search box's quotes mean); the designation clauses still find a quoted designation. Null for other text.
    /// The caller falls back to <see cref="Build"/> when the phrase matches nothing.
    /// </summary>
    public Query? BuildPhrase(string text, IndexReader reader)
    {
        if (text.Length < 3 || text[0] != '"' || text[^1] != '"' || text.AsSpan(1, text.Length - 2).Contains('"'))
        {
            return null;
        }

        var inner = text[1..^1].Trim();
        var words = TokenReader.Read(english, IndexFields.Title, inner, MaxWords);
        if (words.Count < 2)
        {
            return null;
        }

        var query = new BooleanQuery(disableCoord: true);
        AddDesignation(query, inner, typing: false, reader);
        query.Add(
            new DisjunctionMaxQuery(0.1f)
            {
                Phrase(IndexFields.Title, words, TitleBoost, QuotedSlop),
                Phrase(IndexFields.Scope, words, ScopeBoost, QuotedSlop),
            },
            Occur.SHOULD);
        return query;
    }

    // "ISO 22739": the body's name is matched by the designation clauses; as a word it would score most of the corpus.
    private static readonly HashSet<string> BodyNames = new(StringComparer.Ordinal) { "iso", "iec", "itu", "etsi", "ieee", "w3c", "ietf" };

    private static List<AnalyzedToken> WithoutBodyNames(List<AnalyzedToken> words)
    {
        var rest = words.Where(w => !BodyNames.Contains(w.Term)).ToList();
        return rest.Count > 0 ? rest : words;
    }

    private static bool IsCodeLike(string token) => token.Length <= MaxCodeLetters || token.Any(char.IsDigit);

    /// <summary>Adds the designation clauses; true when the index has the text's exact designation or its core.</summary>
    private static bool AddDesignation(BooleanQuery query, string text, bool typing, IndexReader reader)
    {
        var exact = new Term(IndexFields.DesignationExact, DesignationForms.Exact(text));
        query.Add(new TermQuery(exact) { Boost = ExactDesignationBoost }, Occur.SHOULD);
        if (DesignationForms.Core(text) is not { } core)
        {
            return reader.DocFreq(exact) > 0;
        }

        var coreTerm = new Term(IndexFields.DesignationCore, core);
        query.Add(new TermQuery(coreTerm) { Boost = CoreDesignationBoost }, Occur.SHOULD);
        if (typing && core.Length >= 2)
        {
            query.Add(new PrefixQuery(coreTerm) { Boost = CorePrefixBoost }, Occur.SHOULD);
        }

        return reader.DocFreq(exact) > 0 || reader.DocFreq(coreTerm) > 0;
    }

    // Coord stays on here: a document with more of the words ranks higher.
    // Expansions (prefix, fuzzy) cost the most; a word the index knows needs neither, so only unknown words get them:
    // a half-typed last word gets its prefix, a misspelt one its near misses.
    private static BooleanQuery Words(List<AnalyzedToken> words, bool lastIsPrefix, IndexReader reader)
    {
        var query = new BooleanQuery();
        for (var i = 0; i < words.Count; i++)
        {
            var term = words[i].Term;
            var perWord = new DisjunctionMaxQuery(0.1f)
            {
                new TermQuery(new Term(IndexFields.Title, term)) { Boost = TitleBoost },
                new TermQuery(new Term(IndexFields.Scope, term)) { Boost = ScopeBoost },
            };
            var known = reader.DocFreq(new Term(IndexFields.Title, term)) > 0 || reader.DocFreq(new Term(IndexFields.Scope, term)) > 0;
            if (!known && lastIsPrefix && i == words.Count - 1)
            {
                perWord.Add(new PrefixQuery(new Term(IndexFields.Title, term)) { Boost = TitleBoost / 2 });
                perWord.Add(new PrefixQuery(new Term(IndexFields.Scope, term)) { Boost = ScopeBoost / 2 });
            }

            // Numbers are identities, not words: 23257 is not a typo of 23255.
            if (!known && term.Length >= MinFuzzyLength && !term.Any(char.IsDigit))
            {
                perWord.Add(new FuzzyQuery(new Term(IndexFields.Title, term), 1, 2) { Boost = TitleBoost / 4 });
                perWord.Add(new FuzzyQuery(new Term(IndexFields.Scope, term), 1, 2) { Boost = ScopeBoost / 4 });
            }

            query.Add(perWord, Occur.SHOULD);
        }

        return query;
    }

    private static BooleanQuery EveryWord(List<AnalyzedToken> words)
    {
        var query = new BooleanQuery();
        foreach (var term in words.Select(w => w.Term).Distinct(StringComparer.Ordinal))
        {
            query.Add(
                new BooleanQuery(disableCoord: true)
                {
                    { new TermQuery(new Term(IndexFields.Title, term)), Occur.SHOULD },
                    { new TermQuery(new Term(IndexFields.Scope, term)), Occur.SHOULD },
                },
                Occur.MUST);
        }

        return query;
    }

    private static BooleanQuery AnyWord(string field, List<AnalyzedToken> words)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in words.Select(w => w.Term).Distinct(StringComparer.Ordinal))
        {
            query.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }

        return query;
    }

    // A title with every word, in any order ("security requirements for smart contract …"), beats one with some of them.
    private static BooleanQuery AllWords(string field, List<AnalyzedToken> words, float boost)
    {
        var query = new BooleanQuery { Boost = boost };
        foreach (var term in words.Select(w => w.Term).Distinct(StringComparer.Ordinal))
        {
            query.Add(new TermQuery(new Term(field, term)), Occur.MUST);
        }

        return query;
    }

    private static PhraseQuery Phrase(string field, List<AnalyzedToken> words, float boost, int slop = 2)
    {
        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        foreach (var word in words)
        {
            phrase.Add(new Term(field, word.Term), word.Position);
        }

        return phrase;
    }
}
