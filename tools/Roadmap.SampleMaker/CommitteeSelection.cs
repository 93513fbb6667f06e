using System.Text.Json.Nodes;

namespace Roadmap.SampleMaker;

/// <summary>The committees the selected records name, with their parents, keyed as the graph keys them.</summary>
internal static class CommitteeSelection
{
    public const string EtsiPdlName = "Permissioned Distributed Ledger";

    /// <summary>W3C's placeholder for a missing group; it is not a committee.</summary>
    public const string W3cUnknownGroup = "UNKNOWN WORKING GROUP";

    public static List<CommitteeRow> Select(IReadOnlyList<JsonObject> isoCommittees, IEnumerable<JsonObject> iso, IReadOnlyList<CatalogueRecord> catalogue)
    {
        var rows = new List<CommitteeRow>();
        rows.AddRange(IsoRows(isoCommittees, iso.Select(r => r.Text("ownerCommittee")).OfType<string>()));
        rows.AddRange(ItuCommitteeFacts.Rows(Committees(catalogue, "ITU-T")));
        rows.AddRange(Committees(catalogue, "ETSI").Select(c => new CommitteeRow(EtsiKey(c), "ETSI", c, null, null)));
        rows.AddRange(Committees(catalogue, "IEEE").Select(c => new CommitteeRow(IeeeKey(c), "IEEE", c, null, null)));
        rows.AddRange(Committees(catalogue, "W3C").Where(c => c != W3cUnknownGroup).Select(c => new CommitteeRow(W3cKey(c), "W3C", c, null, null)));
        return [.. rows.DistinctBy(r => r.Key).OrderBy(r => r.Key, StringComparer.Ordinal)];
    }

    /// <summary>ETSI's PDL group is an Industry Specification Group; its key is the short name ETSI uses for it.</summary>
    public static string EtsiKey(string name) => name == EtsiPdlName ? "ETSI ISG PDL" : "ETSI " + name;

    /// <summary>The sponsor string is kept verbatim (entities included), so the key maps back to the record unchanged.</summary>
    public static string IeeeKey(string sponsor) => "IEEE " + sponsor;

    public static string W3cKey(string group) => "W3C " + group;

    /// <summary><c>ISO/TC 307/WG 2</c> → <c>ISO/TC 307</c>; <c>ISO/IEC JTC 1/SC 27</c> → <c>ISO/IEC JTC 1</c>; a TC or JTC has none.</summary>
    public static string? IsoParent(string reference)
    {
        var parts = reference.Split('/');
        return parts.Length > 2 ? string.Join('/', parts[..^1]) : null;
    }

    private static IEnumerable<CommitteeRow> IsoRows(IReadOnlyList<JsonObject> isoCommittees, IEnumerable<string> referenced)
    {
        var titles = isoCommittees
            .Where(c => c.Text("reference") is not null)
            .ToDictionary(c => c.Text("reference")!, c => c.Text("title"), StringComparer.Ordinal);
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var reference in referenced)
        {
            for (var key = reference; key is not null; key = IsoParent(key))
            {
                keys.Add(key);
            }
        }

        return keys.Select(k => new CommitteeRow(k, IsoBody(k), titles.GetValueOrDefault(k), IsoParent(k), null));
    }

    private static string IsoBody(string reference) =>
        reference.StartsWith("ISO/IEC ", StringComparison.Ordinal) ? "ISO/IEC"
        : reference.StartsWith("ISO/", StringComparison.Ordinal) ? "ISO"
        : reference.StartsWith("IEC/ISO ", StringComparison.Ordinal) ? "IEC/ISO"
        : reference;

    private static IEnumerable<string> Committees(IEnumerable<CatalogueRecord> catalogue, string sdo) =>
        catalogue.Where(r => r.Sdo == sdo).Select(r => r.Committee).OfType<string>().Distinct(StringComparer.Ordinal);
}
