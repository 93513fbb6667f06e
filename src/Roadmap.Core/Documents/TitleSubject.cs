using System.Text.RegularExpressions;

namespace Roadmap.Core.Documents;

/// <summary>
/// A title without its series boilerplate: the ETSI series prefix ("Electronic Signatures and Trust Infrastructures
/// (ESI); …", "CYBER; …"), the ISO introductory element ("Blockchain and distributed ledger technologies — …") and
/// IEEE's "Standard for". Classification rules read this subject, so a series name is never taken for the document's
/// topic (every ESI title would otherwise be about signatures, every PDL title about ledgers).
/// </summary>
public static partial class TitleSubject
{
    public static string Of(string title)
    {
        var subject = title.Trim();
        // ETSI: "Series name (ABBR); …" or an all-capitals series ("CYBER; …"), kept when nothing follows.
        var etsi = EtsiSeries().Match(subject);
        if (etsi.Success && etsi.Length < subject.Length)
        {
            subject = subject[etsi.Length..];
        }

        // ISO: "intro — main — part": the intro names the field, the rest the subject.
        // Only the em dash: ITU-T titles use an en dash between the subject and its aspect ("ICN in networks – Requirements").
        var dash = subject.IndexOf(" — ", StringComparison.Ordinal);
        if (dash > 0 && dash + 3 < subject.Length)
        {
            subject = subject[(dash + 3)..];
        }

        subject = IeeeLead().Replace(subject, string.Empty);
        return subject.Trim();
    }

    [GeneratedRegex(@"^(?:[^;()]{3,120}\([A-Za-z0-9 /-]{2,12}\)|[A-Z0-9/-]{2,12})\s*;\s*", RegexOptions.CultureInvariant)]
    private static partial Regex EtsiSeries();

    [GeneratedRegex(@"^(?:IEEE\s+)?(?:Draft\s+)?(?:Trial-Use\s+)?(?:Standard|Recommended Practice|Guide)\s+(?:for|on)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IeeeLead();
}
