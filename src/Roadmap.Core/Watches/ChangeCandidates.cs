using System.Globalization;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Core.Watches;

/// <summary>
/// Turns one recorded store change into the events it can give: a new document, a new edition, a stage change, a
/// withdrawal or a supersession (a change may give a new edition and a stage change at once). Other field changes
/// (a title's spelling, a scope) give none.
/// </summary>
public static class ChangeCandidates
{
    /// <param name="change">The store change.</param>
    /// <param name="document">The document as it is now (read after the change).</param>
    /// <param name="committeeLineage">The document's committee with its ancestors.</param>
    /// <param name="topicLineage">The document's topics with their ancestors.</param>
    /// <param name="significant">The significant transitions table.</param>
    public static IReadOnlyList<WatchCandidate> From(
        DocumentChange change, Document document, IReadOnlySet<string> committeeLineage, IReadOnlySet<string> topicLineage, SignificantTransitions significant)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(significant);
        var seq = change.Seq.ToString(CultureInfo.InvariantCulture);
        WatchCandidate Make(WatchEventKind kind, string title, string? before, string? after, bool isSignificant) => new()
        {
            Kind = kind,
            IdempotencySuffix = $"change:{seq}:{kind}",
            Title = title,
            DocumentKey = document.Key,
            Body = document.Body,
            DocumentKind = document.Kind,
            Designation = document.Designation,
            Stage = document.Lifecycle.Stage,
            CommitteeKey = document.CommitteeKey,
            CommitteeLineage = committeeLineage,
            TopicLineage = topicLineage,
            Before = before,
            After = after,
            Significant = isSignificant,
            ChangeSeq = change.Seq,
            Actor = change.Actor,
            RunId = change.RunId,
            OccurredAt = change.At,
        };

        if (change.Kind == ChangeKind.Added)
        {
            return [Make(WatchEventKind.NewDocument, $"{document.Designation}: new ({document.Lifecycle.Code})", null, document.Lifecycle.Code, true)];
        }

        var found = new List<WatchCandidate>(2);
        var editions = change.Fields.FirstOrDefault(f => f.Field == "editions");
        if (editions is { Before: { } beforeIds, After: { } afterIds } && afterIds.Split("; ").Except(beforeIds.Split("; ")).Any())
        {
            found.Add(Make(WatchEventKind.NewEdition, $"{document.Designation}: new edition {document.Editions[0].Id}", beforeIds, afterIds, true));
        }

        var status = change.Fields.FirstOrDefault(f => f.Field == "status");
        var stage = change.Fields.FirstOrDefault(f => f.Field == "stage");
        if (status is not null || stage is not null || change.Kind == ChangeKind.Withdrawn)
        {
            var before = status?.Before ?? stage?.Before;
            var after = document.Lifecycle.Code;
            var label = significant.Label(document.Lifecycle.Scheme, status?.Before, after);
            var kind = change.Kind == ChangeKind.Withdrawn || document.Lifecycle.Stage is LifecycleStage.Withdrawn or LifecycleStage.Deleted
                ? WatchEventKind.Withdrawn
                : document.Lifecycle.Stage == LifecycleStage.Superseded ? WatchEventKind.Superseded : WatchEventKind.StageChange;
            var title = $"{document.Designation}: {before ?? "?"} → {after}" + (label is null ? "" : $" ({label})");
            found.Add(Make(kind, title, before, after, label is not null));
        }

        return found;
    }
}
