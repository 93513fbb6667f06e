namespace Roadmap.SampleMaker;

/// <summary>
/// Names of ITU-T study groups and DLT Questions. The catalogue has only the code ("SG17"), so the names are stated
/// here as facts with the study period they belong to. Where a name is not certain it stays null rather than guessed.
/// </summary>
internal static class ItuCommitteeFacts
{
    public const string CurrentPeriod = "2025-2028";

    /// <summary>Code as the catalogue writes it → (title, study period). SG16 and SG9 ended with 2022-2024 (merged into SG21).</summary>
    private static readonly Dictionary<string, (string? Title, string Period)> StudyGroups = new(StringComparer.Ordinal)
    {
        ["SG2"] = ("Operational aspects of service provision and telecommunication management", CurrentPeriod),
        ["SG3"] = (null, CurrentPeriod),
        ["SG5"] = (null, CurrentPeriod),
        ["SG9"] = ("Broadband cable and TV", "2022-2024"),
        ["SG11"] = ("Signalling requirements, protocols, test specifications and combating counterfeit telecommunication/ICT devices", CurrentPeriod),
        ["SG12"] = (null, CurrentPeriod),
        ["SG13"] = ("Future networks and emerging network technologies", CurrentPeriod),
        ["SG15"] = (null, CurrentPeriod),
        ["SG16"] = ("Multimedia and related digital technologies", "2022-2024"),
        ["SG17"] = ("Security", CurrentPeriod),
        ["SG20"] = ("Internet of things and smart cities and communities", CurrentPeriod),
        ["SG21"] = ("Multimedia, content delivery and cable television", CurrentPeriod),
        ["TSAG"] = ("Telecommunication Standardization Advisory Group", CurrentPeriod),
    };

    /// <summary>DLT Questions, keyed as Roadmap.Core's CommitteeKeys writes them; the truth table cites Q14/17.</summary>
    private static readonly CommitteeRow[] Questions =
    [
        new("ITU-T Q14/17", "ITU-T", "Security aspects for distributed ledger technologies", "ITU-T SG17", "2022-2024"),
    ];

    public static string KeyOf(string code) => "ITU-T " + code;

    public static IEnumerable<CommitteeRow> Rows(IEnumerable<string> codes)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in codes.Distinct(StringComparer.Ordinal))
        {
            var (title, period) = StudyGroups.TryGetValue(code, out var fact) ? fact : (null, CurrentPeriod);
            keys.Add(KeyOf(code));
            yield return new CommitteeRow(KeyOf(code), "ITU-T", title, null, period);
        }

        foreach (var question in Questions.Where(q => q.Parent is not null && keys.Contains(q.Parent)))
        {
            yield return question;
        }
    }
}
