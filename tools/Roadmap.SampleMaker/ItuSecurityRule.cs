using System.Globalization;
using System.Text.RegularExpressions;

namespace Roadmap.SampleMaker;

/// <summary>
/// SG17's security Recommendations (X.500–X.599 directory/PKI, X.1000–X.1999 security) that are in force, plus the
/// newest edition of each designation that is no longer in force, so the demo has withdrawn nodes without every
/// historical edition.
/// </summary>
internal static partial class ItuSecurityRule
{
    [GeneratedRegex(@"^ITU-T X\.(\d+)(?:[.\s]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex XNumber();

    public static IEnumerable<CatalogueRecord> Select(IEnumerable<CatalogueRecord> itu)
    {
        var inScope = itu.Where(r => r.Committee == "SG17" && InSecurityRange(r.Designation));
        foreach (var designation in inScope.GroupBy(r => r.Designation, StringComparer.Ordinal))
        {
            var inForce = designation.Where(r => r.Status == "Published").ToList();
            if (inForce.Count > 0)
            {
                foreach (var record in inForce)
                {
                    yield return record;
                }

                continue;
            }

            yield return designation
                .OrderByDescending(r => r.Date ?? "", StringComparer.Ordinal)
                .ThenByDescending(r => r.DocId, StringComparer.Ordinal)
                .First();
        }
    }

    private static bool InSecurityRange(string designation)
    {
        var match = XNumber().Match(designation);
        if (!match.Success)
        {
            return false;
        }

        var number = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return number is >= 500 and <= 599 or >= 1000 and <= 1999;
    }
}
