using System.Net;
using Roadmap.Core.Committees;
using Roadmap.Core.Committees.Attribution;
using Roadmap.Core.Designations;
using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Ingest.Catalogue;

/// <summary>Maps catalogue lines (ITU-T, ETSI, IEEE, W3C) onto documents, editions, committees and relations.</summary>
public sealed class CatalogueMapper : IRecordMapper
{
    public const string SourceName = "catalogue";

    public string Source => SourceName;

    public MappedRecord Map(string line, ImportContext context)
    {
        var row = JsonLine.Read(line, CatalogueJsonContext.Default.CatalogueLine, out var rejection);
        if (row is null)
        {
            return rejection!;
        }

        if (string.IsNullOrWhiteSpace(row.Sdo) || string.IsNullOrWhiteSpace(row.Designation))
        {
            return MappedRecord.Rejected("missing sdo or designation");
        }

        if (row.Type == "redline")
        {
            return MappedRecord.Skipped($"'{row.DocId}' is a redline copy of an edition");
        }

        var parsed = DesignationParser.Parse(row.Designation);
        if (parsed.Value is not { } designation)
        {
            return MappedRecord.Rejected($"designation '{row.Designation}' does not parse: {parsed.Error}");
        }

        if (CatalogueLifecycles.Of(row) is not { } lifecycle)
        {
            return row.Sdo == "W3C" && row.Status is null
                ? MappedRecord.Skipped($"'{row.DocId}' is an undated W3C pointer; its dated editions carry the facts")
                : MappedRecord.Rejected($"'{row.DocId}' has an unknown status '{row.Status}'");
        }

        var title = string.IsNullOrWhiteSpace(row.Title) ? designation.Key : WebUtility.HtmlDecode(row.Title.Trim());
        var committee = CatalogueCommittees.KeyOf(row.Sdo, row.Committee);
        var editionId = row.DocId is not null && DesignationParser.Parse(row.DocId).Value is { } docid && docid.Key == designation.Key
            ? docid.Display
            : row.DocId ?? designation.Display;
        var stated = new Edition
        {
            Id = editionId,
            Label = row.Edition,
            Title = title,
            Lifecycle = lifecycle,
            Published = PartialDate.TryParse(row.Date, out var date) ? date : null,
            CommitteeKey = committee?.Key,
            Scope = string.IsNullOrWhiteSpace(row.Abstract) ? null : WebUtility.HtmlDecode(row.Abstract.Trim()),
            SourceId = row.Source,
            Url = row.Url,
            Provenance = new Provenance(context.Origin, context.FetchedAt, null),
        };
        // Only when the line names no committee: the maintained ITU-T table infers one, marked with its rule.
        var (edition, inferred) = CommitteeAttribution.ItuT.Apply(designation.Body, designation.Key, stated);

        return new MappedRecord
        {
            Document = DocumentEditions.Create(designation.Key, designation.Body, KindOf(row, designation), [edition]),
            Relations = CatalogueRelations.Of(row, designation.Key),
            Committees = committee is null ? inferred : CatalogueCommittees.WithParent(committee),
        };
    }

    private static DocumentKind KindOf(CatalogueLine row, Designation designation) => row.Type switch
    {
        // IEEE files guides and recommended practices as (draft) standards; the title says which it is.
        "standard" or "draft-standard" when row.Sdo == "IEEE" => IeeeKinds.FromTitle(row.Title),
        "recommendation" => DocumentKind.Recommendation,
        "amendment" => DocumentKind.Amendment,
        "corrigendum" => DocumentKind.Corrigendum,
        "supplement" or "annex" => DocumentKind.Supplement,
        "technical-specification" or "group-specification" or "gsm-technical-specification" => DocumentKind.TechnicalSpecification,
        "technical-report" when row.Sdo == "W3C" => row.Status is "Note" or "Draft Note" or "Statement" ? DocumentKind.Note : DocumentKind.Recommendation,
        "technical-report" or "group-report" or "etsi-technical-report" or "special-report" or "technical-committee-reference-technical-report" => DocumentKind.TechnicalReport,
        "etsi-guide" => DocumentKind.Guide,
        "standard" or "european-standard" or "etsi-standard" or "european-telecommunication-standard"
            or "interim-european-telecommunication-standard" or "norme-europeenne-de-telecommunication" => DocumentKind.Standard,
        "draft-standard" => DocumentKind.Standard,
        _ => designation.Supplement is null ? DocumentKind.Other : DocumentKind.Supplement,
    };
}
