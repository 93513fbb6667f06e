using System.Net;
using Roadmap.Core.Committees;

namespace Roadmap.Ingest.Catalogue;

/// <summary>Committee keys for the catalogue's committee strings: <c>SG17</c> → <c>ITU-T SG17</c>, a W3C group → <c>W3C …</c>.</summary>
internal static class CatalogueCommittees
{
    // ETSI's catalogue names groups by their full name; the groups' own short references are better keys.
    private static readonly Dictionary<string, string> EtsiGroups = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Permissioned Distributed Ledger"] = "ISG PDL",
    };

    public static Committee? KeyOf(string sdo, string? committee)
    {
        if (string.IsNullOrWhiteSpace(committee) || committee == "UNKNOWN WORKING GROUP")
        {
            return null;
        }

        var name = WebUtility.HtmlDecode(committee.Trim());
        return sdo switch
        {
            "ITU-T" => new Committee { Key = CommitteeKeys.Normalize($"ITU-T {name}"), Body = sdo, Title = null },
            "ETSI" when EtsiGroups.TryGetValue(name, out var group) => new Committee { Key = $"ETSI {group}", Body = sdo, Title = name },
            _ => new Committee { Key = CommitteeKeys.Normalize($"{sdo} {name}"), Body = sdo, Title = name },
        };
    }

    public static IReadOnlyList<Committee> WithParent(Committee committee)
    {
        var parent = CommitteeKeys.ParentOf(committee.Key);
        return parent is null
            ? [committee]
            : [committee with { ParentKey = parent }, new Committee { Key = parent, Body = committee.Body }];
    }
}
