using Roadmap.Core.Lifecycle;

namespace Roadmap.Core.Documents;

/// <summary>
/// Builds documents from editions. Merging is commutative and idempotent, so an import gives the same graph
/// whatever the order or batching of its records, and a re-run changes nothing.
/// </summary>
public static class DocumentEditions
{
    /// <summary>Creates a document from its editions; the current edition supplies the document-level facts.</summary>
    public static Document Create(string key, string body, DocumentKind kind, IEnumerable<Edition> editions)
    {
        var ordered = Order(SupersedeUnstated(editions.GroupBy(e => e.Id, StringComparer.Ordinal).Select(g => g.Last()).ToList()));
        if (ordered.Count == 0)
        {
            throw new ArgumentException("a document needs at least one edition", nameof(editions));
        }

        var current = ordered[0];
        var committee = CommitteeSource(ordered);
        return new Document
        {
            Key = key,
            Body = body,
            Kind = kind,
            Designation = current.Id,
            Title = current.Title,
            Lifecycle = current.Lifecycle,
            Published = current.Published ?? ordered.Select(e => e.Published).FirstOrDefault(p => p is not null),
            CommitteeKey = committee?.CommitteeKey,
            CommitteeInferredBy = committee?.CommitteeInferredBy,
            Scope = current.Scope ?? ordered.Select(e => e.Scope).FirstOrDefault(s => s is not null),
            Ics = current.Ics.Count > 0 ? current.Ics : ordered.Select(e => e.Ics).FirstOrDefault(i => i.Count > 0) ?? [],
            Editions = ordered,
        };
    }

    /// <summary>Merges an incoming document into the stored one: editions are united by id, the incoming copy of an edition wins.</summary>
    public static Document Merge(Document? existing, Document incoming)
    {
        if (existing is null)
        {
            return Create(incoming.Key, incoming.Body, incoming.Kind, incoming.Editions);
        }

        if (existing.Key != incoming.Key)
        {
            throw new ArgumentException($"cannot merge '{incoming.Key}' into '{existing.Key}'", nameof(incoming));
        }

        var byId = existing.Editions.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var edition in incoming.Editions)
        {
            byId[edition.Id] = edition;
        }

        return Create(existing.Key, existing.Body, PreferSpecific(existing.Kind, incoming.Kind), byId.Values);
    }

    // A committee stated by a source always wins over an inferred one: the current edition's, else the newest stated;
    // only when no edition states one does an inferred committee (current first) stand for the document.
    private static Edition? CommitteeSource(List<Edition> ordered) =>
        ordered.FirstOrDefault(e => e.CommitteeKey is not null && e.CommitteeInferredBy is null)
        ?? ordered.FirstOrDefault(e => e.CommitteeKey is not null);

    /// <summary>
    /// An ITU-T edition the catalogue dates without a status was approved; once a newer edition of the Recommendation
    /// was approved after it, it is superseded (ITU-T X.1400: 10/2020 under 03/2026), not a second text in force.
    /// Derived from the set of editions alone, so merging stays commutative and idempotent.
    /// </summary>
    private static List<Edition> SupersedeUnstated(List<Edition> editions)
    {
        var newestApproved = editions
            .Where(e => e.Lifecycle is { Stage: LifecycleStage.Published, Scheme: ItuStatuses.Scheme } && e.Published is not null)
            .Select(e => e.Published!.Value.Earliest)
            .DefaultIfEmpty(DateOnly.MinValue)
            .Max();
        return [.. editions.Select(e =>
            e.Lifecycle is { Scheme: ItuStatuses.Scheme, Code: ItuStatuses.ApprovedStatusNotGiven } && e.Published is { } published && published.Earliest < newestApproved
                ? e with { Lifecycle = new DocumentLifecycle(LifecycleStage.Superseded, ItuStatuses.Scheme, ItuStatuses.SupersededStatusNotGiven) }
                : e)];
    }

    /// <summary>The edition that stands for a set of editions (see <see cref="Order"/>); null for none.</summary>
    public static Edition? CurrentOf(IEnumerable<Edition> editions) => Order(editions).FirstOrDefault();

    /// <summary>
    /// The current edition comes first: the one most advanced in its life, then the newest, then by id for a total order;
    /// except that a retirement (a retired, rescinded or obsolete W3C report) dated after every dated edition ranked above
    /// it ends the line, so it is current (W3C vc-jws-2020: drafts to 2023-06-29, retired 2024-07-02).
    /// </summary>
    private static List<Edition> Order(IEnumerable<Edition> editions)
    {
        var ordered = editions
            .OrderByDescending(e => Rank(e.Lifecycle.Stage))
            .ThenByDescending(e => e.Published?.Earliest ?? DateOnly.MinValue)
            .ThenByDescending(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var ending = ordered
            .Where(e => OtherStatuses.EndsTheLine(e.Lifecycle) && e.Published is not null)
            .MaxBy(e => e.Published!.Value.Earliest);
        if (ending is not null
            && ordered.Any(e => Rank(e.Lifecycle.Stage) > Rank(ending.Lifecycle.Stage))
            && ordered.Where(e => Rank(e.Lifecycle.Stage) > Rank(ending.Lifecycle.Stage) && e.Published is not null)
                .All(e => e.Published!.Value.Earliest < ending.Published!.Value.Earliest))
        {
            ordered.Remove(ending);
            ordered.Insert(0, ending);
        }

        return ordered;
    }

    // An edition in force outranks a newer draft that has not replaced it yet, and any older withdrawn edition.
    private static int Rank(LifecycleStage stage) => stage switch
    {
        LifecycleStage.Published or LifecycleStage.UnderReview => 3,
        LifecycleStage.InDevelopment or LifecycleStage.Proposed => 2,
        LifecycleStage.Superseded or LifecycleStage.Withdrawn => 1,
        _ => 0,
    };

    // A fixed preference keeps the merge commutative; Other is the last member, so any specific kind wins over it. A
    // recommended practice or guide wins over a standard: IEEE balloted the drafts of IEEE 2145 as "Draft Standard for …"
    // and approved a "Recommended Practice for …", and the approved text says what the document is.
    private static DocumentKind PreferSpecific(DocumentKind existing, DocumentKind incoming) =>
        Preference(existing) <= Preference(incoming) ? existing : incoming;

    private static int Preference(DocumentKind kind) => kind switch
    {
        DocumentKind.RecommendedPractice => -2,
        DocumentKind.Guide => -1,
        _ => (int)kind,
    };
}
