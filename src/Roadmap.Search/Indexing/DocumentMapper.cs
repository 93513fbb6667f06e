using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Roadmap.Core.Committees;
using Roadmap.Core.Documents;
using Roadmap.Search.Analysis;
using CoreDocument = Roadmap.Core.Documents.Document;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace Roadmap.Search.Indexing;

/// <summary>Turns a domain document into its Lucene document. Every indexed value is covered by <see cref="IndexFieldHash"/>.</summary>
internal static class DocumentMapper
{
    private const int MaxCommitteeDepth = 8;

    public static LuceneDocument Map(CoreDocument document, IReadOnlyList<string> topics)
    {
        var doc = new LuceneDocument
        {
            KeywordField.Create(IndexFields.Key, document.Key, store: true),
            new StoredField(IndexFields.StoredDesignation, document.Designation),
            new SortedDocValuesField(IndexFields.SortDesignation, new BytesRef(DesignationForms.Exact(document.Designation))),
            new SortedDocValuesField(IndexFields.SortKey, new BytesRef(document.Key)),
            new TextField(IndexFields.Title, document.Title, Field.Store.YES),
            new TextField(IndexFields.Subject, TitleSubject.Of(document.Title), Field.Store.NO),
            new TextField(IndexFields.SubjectExact, TitleSubject.Of(document.Title), Field.Store.NO),
            KeywordField.Create(IndexFields.TitleKeyword, DesignationForms.Exact(document.Title)),
            KeywordField.Create(IndexFields.Body, document.Body.ToLowerInvariant()),
            new StoredField(IndexFields.StoredBody, document.Body),
            new SortedSetDocValuesField(IndexFields.FacetBody, new BytesRef(document.Body)),
            KeywordField.Create(IndexFields.Stage, StageValue(document.Lifecycle.Stage)),
            new StoredField(IndexFields.StoredStage, document.Lifecycle.Stage.ToString()),
            new SortedSetDocValuesField(IndexFields.FacetStage, new BytesRef(document.Lifecycle.Stage.ToString())),
            new StoredField(IndexFields.Hash, IndexFieldHash.Compute(document, topics)),
            new BinaryDocValuesField(IndexFields.Display, Display(document).Encode()),
        };

        AddDesignations(doc, document);

        if (!string.IsNullOrWhiteSpace(document.Scope))
        {
            doc.Add(new TextField(IndexFields.Scope, document.Scope, Field.Store.YES));
        }

        if (!string.IsNullOrWhiteSpace(document.CommitteeKey))
        {
            AddCommittee(doc, CommitteeKeys.Normalize(document.CommitteeKey));
        }

        if (document.Published is { } published)
        {
            var year = published.Year.ToString("D4", CultureInfo.InvariantCulture);
            doc.Add(KeywordField.Create(IndexFields.Year, year));
            doc.Add(new StoredField(IndexFields.StoredYear, year));
            doc.Add(new SortedSetDocValuesField(IndexFields.FacetYear, new BytesRef(year)));
        }

        foreach (var topic in topics.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            doc.Add(KeywordField.Create(IndexFields.Topic, topic.ToLowerInvariant()));
            doc.Add(new SortedSetDocValuesField(IndexFields.FacetTopic, new BytesRef(topic)));
        }

        return doc;
    }

    // The same values, and the same absences, as the stored fields below.
    private static HitDisplay Display(CoreDocument document) => new(
        document.Key,
        document.Designation,
        document.Title,
        document.Body,
        document.Lifecycle.Stage.ToString(),
        document.Published?.Year.ToString("D4", CultureInfo.InvariantCulture),
        string.IsNullOrWhiteSpace(document.CommitteeKey) ? null : CommitteeKeys.Normalize(document.CommitteeKey),
        string.IsNullOrWhiteSpace(document.Scope) ? null : document.Scope);

    public static string StageValue(Roadmap.Core.Lifecycle.LifecycleStage stage) => stage.ToString().ToLowerInvariant();

    /// <summary>The committee and its ancestors, innermost first: <c>ISO/IEC JTC 1/SC 27</c>, <c>ISO/IEC JTC 1</c>.</summary>
    public static IEnumerable<string> CommitteeLineage(string committeeKey)
    {
        var current = committeeKey;
        for (var depth = 0; current is not null && depth < MaxCommitteeDepth; depth++)
        {
            yield return current;
            current = CommitteeKeys.ParentOf(current);
        }
    }

    // The designation, the key and every edition id all identify the document, in each of three forms.
    private static void AddDesignations(LuceneDocument doc, CoreDocument document)
    {
        var names = new[] { document.Designation, document.Key }
            .Concat(document.Editions.Select(e => e.Id))
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var exacts = new HashSet<string>(StringComparer.Ordinal);
        var cores = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            doc.Add(new TextField(IndexFields.Designation, name, Field.Store.NO));
            if (exacts.Add(DesignationForms.Exact(name)))
            {
                doc.Add(KeywordField.Create(IndexFields.DesignationExact, DesignationForms.Exact(name)));
            }

            if (DesignationForms.Core(name) is { } core && cores.Add(core))
            {
                doc.Add(KeywordField.Create(IndexFields.DesignationCore, core));
            }
        }
    }

    private static void AddCommittee(LuceneDocument doc, string committee)
    {
        doc.Add(new StoredField(IndexFields.StoredCommittee, committee));
        doc.Add(new SortedSetDocValuesField(IndexFields.FacetCommittee, new BytesRef(committee)));
        foreach (var key in CommitteeLineage(committee))
        {
            doc.Add(KeywordField.Create(IndexFields.Committee, key.ToLowerInvariant()));
        }
    }
}
