using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Core.Graph;

/// <summary>Computes the field-level difference between two states of a document, the same way for every store.</summary>
public static class DocumentDiff
{
    public static DocumentChange? Between(Document? before, Document after, ChangeContext context)
    {
        if (before is null)
        {
            return new DocumentChange { DocumentKey = after.Key, Kind = ChangeKind.Added, At = context.At, RunId = context.RunId, Actor = context.Actor };
        }

        if (before.Equals(after))
        {
            return null;
        }

        var fields = new List<FieldChange>();
        Compare(fields, "designation", before.Designation, after.Designation);
        Compare(fields, "title", before.Title, after.Title);
        Compare(fields, "stage", before.Lifecycle.Stage.ToString(), after.Lifecycle.Stage.ToString());
        Compare(fields, "status", before.Lifecycle.Code, after.Lifecycle.Code);
        Compare(fields, "published", before.Published?.ToString(), after.Published?.ToString());
        Compare(fields, "committee", before.CommitteeKey, after.CommitteeKey);
        Compare(fields, "committeeInferredBy", before.CommitteeInferredBy, after.CommitteeInferredBy);
        Compare(fields, "scope", before.Scope, after.Scope);
        Compare(fields, "ics", string.Join(' ', before.Ics), string.Join(' ', after.Ics));
        Compare(fields, "editions", string.Join("; ", before.Editions.Select(e => e.Id)), string.Join("; ", after.Editions.Select(e => e.Id)));
        if (fields.Count == 0)
        {
            // Something below the document level changed (an older edition's facts).
            fields.Add(new FieldChange("editions", "details", "details changed"));
        }

        var withdrawn = after.Lifecycle.Stage is LifecycleStage.Withdrawn or LifecycleStage.Deleted
            && before.Lifecycle.Stage is not (LifecycleStage.Withdrawn or LifecycleStage.Deleted);
        return new DocumentChange
        {
            DocumentKey = after.Key,
            Kind = withdrawn ? ChangeKind.Withdrawn : ChangeKind.Changed,
            At = context.At,
            RunId = context.RunId,
            Actor = context.Actor,
            Fields = fields,
        };
    }

    private static void Compare(List<FieldChange> fields, string name, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            fields.Add(new FieldChange(name, before, after));
        }
    }
}
