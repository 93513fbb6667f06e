using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Roadmap.Search.Indexing;

/// <summary>
/// An exact term, as <see cref="StringField"/> indexes it (one token, no norms, documents only), but passed through the
/// writer's <see cref="Lucene.Net.Analysis.Core.KeywordAnalyzer"/> (<see cref="Analysis.SearchAnalyzers.CreateWriter"/>).
/// Lucene.Net builds a fresh token stream, its attributes made by reflection under a lock, for every StringField
/// instance, while an analyser's stream is reused per thread and field: on the whole corpus that was a third of the
/// indexing time.
/// </summary>
internal static class KeywordField
{
    private static readonly FieldType NotStored = Type(stored: false);
    private static readonly FieldType Stored = Type(stored: true);

    /// <summary>The fields indexed this way; the writer's analyser keeps their values whole.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        IndexFields.Key, IndexFields.TitleKeyword, IndexFields.Body, IndexFields.Stage, IndexFields.Year, IndexFields.Topic,
        IndexFields.DesignationExact, IndexFields.DesignationCore, IndexFields.Committee,
    ];

    private static readonly HashSet<string> Known = new(Names, StringComparer.Ordinal);

    /// <summary>The field; <paramref name="name"/> must be one of <see cref="Names"/>, or the writer would analyse the value as prose.</summary>
    public static Field Create(string name, string value, bool store = false) => Known.Contains(name)
        ? new Field(name, value, store ? Stored : NotStored)
        : throw new ArgumentException($"'{name}' is not an exact-term field; add it to {nameof(KeywordField)}.{nameof(Names)}.", nameof(name));

    private static FieldType Type(bool stored)
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            OmitNorms = true,
            IndexOptions = IndexOptions.DOCS_ONLY,
            IsStored = stored,
        };
        type.Freeze();
        return type;
    }
}
