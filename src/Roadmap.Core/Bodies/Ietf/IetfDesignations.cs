using System.Text.RegularExpressions;

namespace Roadmap.Core.Designations;

/// <summary>IETF RFCs (and BCP/STD/FYI series) and Internet-Drafts: <c>RFC 9000</c>, <c>draft-ietf-quic-transport-34</c>.</summary>
internal static partial class IetfDesignations
{
    public static bool Leads(string text) => LeadRegex().IsMatch(text);

    public static DesignationResult Parse(string folded)
    {
        var series = SeriesRegex().Match(folded);
        if (series.Success)
        {
            var type = series.Groups["type"].Value.ToUpperInvariant();
            var number = series.Groups["num"].Value.TrimStart('0');
            var key = $"IETF {type} {number}";
            return DesignationResult.Ok(new Designation { Body = "IETF", Key = key, Display = key, Type = type, Number = number });
        }

        var draft = DraftRegex().Match(folded);
        if (draft.Success)
        {
            // Internet-Draft names are lower case by rule; the two-digit suffix is the revision.
            var name = draft.Groups["name"].Value.ToLowerInvariant();
            var revision = draft.Groups["rev"].Success ? draft.Groups["rev"].Value : null;
            return DesignationResult.Ok(new Designation
            {
                Body = "IETF",
                Key = "IETF " + name,
                Display = "IETF " + name + (revision is null ? string.Empty : "-" + revision),
                Type = "draft",
                Number = name,
                Edition = revision,
            });
        }

        return DesignationResult.Fail($"'{folded}' is not an IETF document: expected e.g. 'RFC 9000' or 'draft-ietf-quic-transport-34'.");
    }

    [GeneratedRegex(@"^(?:IETF )?(?:RFC|BCP|STD|FYI|draft-)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadRegex();

    [GeneratedRegex(@"^(?:IETF )?(?<type>RFC|BCP|STD|FYI) ?(?<num>\d{1,5})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SeriesRegex();

    [GeneratedRegex(@"^(?:IETF )?(?<name>draft-[a-z0-9]+(?:-[a-z0-9]+)*?)(?:-(?<rev>\d\d))?(?:\.txt)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DraftRegex();
}
