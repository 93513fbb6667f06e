using System.Globalization;
using Roadmap.Core.Committees;
using Roadmap.Core.Designations;
using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Ingest.IsoOpenData;

/// <summary>Maps ISO Open Data deliverable lines onto documents, editions, committees and relations.</summary>
/// <param name="months">Publication months from a provenance sidecar, used where the feed gives no date.</param>
public sealed class IsoOpenDataMapper(IsoPublicationMonths? months = null) : IRecordMapper
{
    public const string SourceName = "iso-open-data";

    public string Source => SourceName;

    public MappedRecord Map(string line, ImportContext context)
    {
        var row = JsonLine.Read(line, IsoOpenDataJsonContext.Default.IsoOpenDataLine, out var rejection);
        if (row is null)
        {
            return rejection!;
        }

        if (row.Id is null || string.IsNullOrWhiteSpace(row.Reference) || row.CurrentStage is null)
        {
            return MappedRecord.Rejected("missing id, reference or currentStage");
        }

        var title = row.Title?.En ?? row.Title?.Fr;
        if (string.IsNullOrWhiteSpace(title))
        {
            return MappedRecord.Rejected($"'{row.Reference}' has no title");
        }

        var parsed = DesignationParser.Parse(row.Reference);
        if (parsed.Value is not { } designation)
        {
            return MappedRecord.Rejected($"designation '{row.Reference}' does not parse: {parsed.Error}");
        }

        if (!IsoStages.TryMap(row.CurrentStage.Value.ToString("D4", CultureInfo.InvariantCulture), out var lifecycle))
        {
            return MappedRecord.Rejected($"'{row.Reference}' has an unknown stage code {row.CurrentStage}");
        }

        var committee = string.IsNullOrWhiteSpace(row.OwnerCommittee) ? null : CommitteeKeys.Normalize(row.OwnerCommittee);
        var edition = new Edition
        {
            Id = designation.Display,
            Label = row.Edition?.ToString(CultureInfo.InvariantCulture),
            Title = title.Trim(),
            Lifecycle = lifecycle!,
            Published = PublishedOf(row, designation, months?.Of(row.Id.Value)),
            CommitteeKey = committee,
            Scope = string.IsNullOrWhiteSpace(row.Scope?.En) ? null : row.Scope.En.Trim(),
            Ics = row.IcsCode ?? [],
            SourceId = "iso:" + row.Id.Value.ToString(CultureInfo.InvariantCulture),
            Url = $"https://www.iso.org/standard/{row.Id.Value.ToString(CultureInfo.InvariantCulture)}.html",
            Provenance = new Provenance(context.Origin, context.FetchedAt, null),
        };

        return new MappedRecord
        {
            Document = DocumentEditions.Create(designation.Key, designation.Body, KindOf(row), [edition]),
            Relations = RelationsOf(row, designation),
            Committees = committee is null ? [] : IsoCommittees.WithAncestors(committee),
        };
    }

    // The feed's date when present; else the sidecar's month when it agrees with the reference's year (or the reference
    // has none); otherwise only the year the reference carries. Never a made-up month or day.
    private static PartialDate? PublishedOf(IsoOpenDataLine row, Designation designation, string? sidecarMonth)
    {
        if (PartialDate.TryParse(row.PublicationDate, out var date))
        {
            return date;
        }

        var year = designation.Supplement?.Year ?? designation.Year;
        if (PartialDate.TryParse(sidecarMonth, out var month) && (year is null || year == month.Year))
        {
            return month;
        }

        return year is { } y and >= 1800 and <= 2200 ? new PartialDate(y) : null;
    }

    private static DocumentKind KindOf(IsoOpenDataLine row) => (row.SupplementType, row.DeliverableType) switch
    {
        ("Amd", _) => DocumentKind.Amendment,
        ("Cor", _) => DocumentKind.Corrigendum,
        ("Add" or "Suppl" or "Ext", _) => DocumentKind.Supplement,
        (_, "TS") => DocumentKind.TechnicalSpecification,
        (_, "TR") => DocumentKind.TechnicalReport,
        (_, "PAS") => DocumentKind.PubliclyAvailableSpecification,
        (_, "Guide") => DocumentKind.Guide,
        (_, "IS" or "ISP" or "R" or "IWA" or "TTA") => DocumentKind.Standard,
        _ => DocumentKind.Other,
    };

    private static List<DocumentRelation> RelationsOf(IsoOpenDataLine row, Designation designation)
    {
        var relations = new List<DocumentRelation>();
        AddAll(relations, designation.Key, RelationType.Replaces, row.Replaces);
        AddAll(relations, designation.Key, RelationType.ReplacedBy, row.ReplacedBy);
        if (designation is { Supplement: { } supplement, BaseKey: { } baseKey })
        {
            var type = supplement.Type.StartsWith("Cor", StringComparison.OrdinalIgnoreCase) ? RelationType.Corrects
                : supplement.Type.StartsWith("Amd", StringComparison.OrdinalIgnoreCase) ? RelationType.Amends
                : RelationType.Supplements;
            relations.Add(new DocumentRelation(designation.Key, type, baseKey) { Source = SourceName });
        }

        return relations;
    }

    private static void AddAll(List<DocumentRelation> relations, string fromKey, RelationType type, List<string>? references)
    {
        foreach (var reference in references ?? [])
        {
            // Replacing an earlier edition of the same document is edition succession, not an edge between documents.
            if (DesignationParser.Parse(reference).Value is { } target && target.Key != fromKey)
            {
                relations.Add(new DocumentRelation(fromKey, type, target.Key) { Source = SourceName });
            }
        }
    }
}
