using Roadmap.Core.Documents;

namespace Roadmap.Core.Designations;

/// <summary>What sort of deliverable a designation names, from its supplement and type tokens.</summary>
public static class DesignationKinds
{
    public static DocumentKind KindOf(Designation d)
    {
        ArgumentNullException.ThrowIfNull(d);

        // A supplement is what the designation names, whatever its base is.
        if (d.Supplement is { } supplement)
        {
            return supplement.Type switch
            {
                "Amd" or "Add" or "Ext" => DocumentKind.Amendment,
                "Cor" or "Err" => DocumentKind.Corrigendum,
                "Suppl" or "App" or "Annex" => DocumentKind.Supplement,
                _ => DocumentKind.Other,
            };
        }

        return d.Body switch
        {
            "ITU-T" => d.Type switch
            {
                null or "Annex" or "Attachment" => DocumentKind.Recommendation,
                "Suppl" or "App" => DocumentKind.Supplement,
                "Imp" => DocumentKind.Guide,
                _ => DocumentKind.Other,
            },
            "ETSI" => d.Type switch
            {
                "TS" or "GS" or "GTS" => DocumentKind.TechnicalSpecification,
                "TR" or "GR" or "ETR" or "SR" or "TCRTR" => DocumentKind.TechnicalReport,
                "EN" or "ES" or "ETS" or "I-ETS" => DocumentKind.Standard,
                "EG" => DocumentKind.Guide,
                _ => DocumentKind.Other,
            },
            "W3C" => d.Type switch
            {
                "REC" => DocumentKind.Recommendation,
                "NOTE" or "DNOTE" or "STMT" => DocumentKind.Note,
                "WD" or "FPWD" or "LCWD" or "CR" or "CRD" or "PR" or "PER" or "ED" => DocumentKind.WorkItem,
                _ => DocumentKind.Other,
            },
            "IETF" => d.Type switch
            {
                "RFC" or "STD" or "BCP" => DocumentKind.Standard,
                "draft" => DocumentKind.WorkItem,
                _ => DocumentKind.Other,
            },
            _ => d.Type switch
            {
                null => DocumentKind.Standard,
                "TR" => DocumentKind.TechnicalReport,
                "TS" => DocumentKind.TechnicalSpecification,
                "PAS" => DocumentKind.PubliclyAvailableSpecification,
                "Guide" => DocumentKind.Guide,
                _ => DocumentKind.Other,
            },
        };
    }
}
