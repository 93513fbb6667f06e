namespace Roadmap.SampleMaker;

/// <summary>The per-SDO rules that pick catalogue records, plus every record the truth table names.</summary>
internal static class CatalogueSelection
{
    public static IEnumerable<CatalogueRecord> Select(string sdo, IReadOnlyList<CatalogueRecord> all, IReadOnlyList<TruthRow> truth)
    {
        var byRule = sdo switch
        {
            "ITU-T" => ItuSecurityRule.Select(all).Concat(all.Where(r => DltKeywords.Match(r.Title))),
            "ETSI" => all.Where(r => Contains(r.Committee, "Permissioned Distributed Ledger") || r.Designation.Contains(" PDL ", StringComparison.Ordinal)),
            "IEEE" => all.Where(r => Contains(r.Committee, "Blockchain") || DltKeywords.Match(r.Title)),
            "W3C" => all.Where(r => IsW3cDltShortname(r.Designation) || DltKeywords.Match(r.Title)),
            _ => [],
        };

        return byRule.Concat(Truth(sdo, all, truth)).DistinctBy(r => r.Index);
    }

    /// <summary>
    /// Truth rows name a dated docid; an undated row (a designation only) matches all its editions, but only when
    /// no docid matches, so a dated row never pulls in the whole history.
    /// </summary>
    public static IEnumerable<CatalogueRecord> Truth(string sdo, IReadOnlyList<CatalogueRecord> all, IReadOnlyList<TruthRow> truth)
    {
        var byDocId = all.ToLookup(r => DesignationKey.Of(r.DocId), StringComparer.Ordinal);
        var byDesignation = all.ToLookup(r => DesignationKey.Of(r.Designation), StringComparer.Ordinal);
        foreach (var row in truth.Where(t => t.Sdo == sdo))
        {
            var key = DesignationKey.Of(row.Designation);
            var hits = byDocId[key].Any() ? byDocId[key] : byDesignation[key];
            foreach (var hit in hits)
            {
                yield return hit;
            }
        }
    }

    private static bool Contains(string? text, string word) => text?.Contains(word, StringComparison.OrdinalIgnoreCase) == true;

    private static bool IsW3cDltShortname(string designation) =>
        designation.StartsWith("W3C did-", StringComparison.Ordinal) || designation.StartsWith("W3C vc-", StringComparison.Ordinal);
}
