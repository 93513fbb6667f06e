using System.Globalization;
using System.Text.RegularExpressions;
using Roadmap.Core.Documents;

namespace Roadmap.Core.Committees.Attribution;

/// <summary>
/// Infers the committee of an ITU-T edition whose source names none, from the maintained table
/// <c>schema/itu-t-attribution.csv</c> (embedded in this assembly). A committee stated by the source is never replaced.
/// </summary>
public sealed partial class CommitteeAttribution
{
    private const string ResourceName = "Roadmap.Core.itu-t-attribution.csv";
    private const string Body = "ITU-T";

    private static readonly Lazy<CommitteeAttribution> Bundled = new(() =>
    {
        using var stream = typeof(CommitteeAttribution).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("the bundled ITU-T attribution table is missing from the assembly");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    private CommitteeAttribution(IReadOnlyList<AttributionRule> rules) => Rules = rules;

    /// <summary>The table bundled with this build (a copy of <c>schema/itu-t-attribution.csv</c>).</summary>
    public static CommitteeAttribution ItuT => Bundled.Value;

    public IReadOnlyList<AttributionRule> Rules { get; }

    /// <summary>The rule for a Recommendation approved on <paramref name="approved"/>: the narrowest matching range; null when none does.</summary>
    public AttributionRule? Find(string documentKey, PartialDate? approved)
    {
        var match = Number().Match(documentKey);
        if (!match.Success || !int.TryParse(match.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var period = ItuStudyPeriods.IndexOf(approved);
        var series = match.Groups[1].Value;
        return Rules.Where(r => r.Matches(series, number, period)).OrderBy(r => r.Width).ThenBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>
    /// The edition with its committee inferred when the source gave none and a rule matches, with the committee nodes to
    /// write (the committee and, for a Question, its study group); otherwise the edition unchanged and no committees.
    /// </summary>
    public (Edition Edition, IReadOnlyList<Committee> Committees) Apply(string body, string documentKey, Edition edition)
    {
        if (edition.CommitteeKey is not null || body != Body || Find(documentKey, edition.Published) is not { } rule)
        {
            return (edition, []);
        }

        var parent = CommitteeKeys.ParentOf(rule.Committee);
        IReadOnlyList<Committee> committees = parent is null
            ? [new Committee { Key = rule.Committee, Body = Body }]
            : [new Committee { Key = rule.Committee, Body = Body, ParentKey = parent }, new Committee { Key = parent, Body = Body }];
        return (edition with { CommitteeKey = rule.Committee, CommitteeInferredBy = rule.Reference }, committees);
    }

    /// <exception cref="InvalidDataException">A line is malformed; the message names it.</exception>
    public static CommitteeAttribution Parse(string csv)
    {
        var rules = new List<AttributionRule>();
        var lines = csv.Split('\n');
        var header = true;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            rules.Add(ParseLine(line, i + 1));
        }

        var duplicate = rules.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? new CommitteeAttribution(rules)
            : throw new InvalidDataException($"attribution table: rule '{duplicate.Key}' is defined twice");
    }

    private static AttributionRule ParseLine(string line, int number)
    {
        // The note is the last column and may hold commas.
        var cells = line.Split(',', 8);
        if (cells.Length < 7)
        {
            throw new InvalidDataException($"attribution table line {number}: expected rule,series,first,last,from,until,committee,note");
        }

        var problem = (string message) => new InvalidDataException($"attribution table line {number} ({cells[0]}): {message}");
        if (!int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            || !int.TryParse(cells[3], NumberStyles.None, CultureInfo.InvariantCulture, out var last) || last < first)
        {
            throw problem("first and last must be numbers, first ≤ last");
        }

        var from = cells[4].Length == 0 ? 0 : ItuStudyPeriods.IndexOf(cells[4]);
        var until = cells[5].Length == 0 ? int.MaxValue : ItuStudyPeriods.IndexOf(cells[5]);
        if (from < 0 || until < 0 || until < from)
        {
            throw problem($"unknown or reversed study periods '{cells[4]}'–'{cells[5]}'");
        }

        var committee = CommitteeKeys.Normalize(cells[6]);
        if (!committee.StartsWith("ITU-T ", StringComparison.Ordinal) || cells[0].Length == 0 || cells[1].Length == 0)
        {
            throw problem("needs a rule id, a series and an ITU-T committee");
        }

        return new AttributionRule
        {
            Id = cells[0],
            Series = cells[1],
            First = first,
            Last = last,
            FromPeriod = from,
            UntilPeriod = until,
            Committee = committee,
            Note = cells.Length > 7 && cells[7].Length > 0 ? cells[7] : null,
        };
    }

    // "ITU-T X.1401", "ITU-T X.1500 (2011) Amd. 1", "ITU-T F.751.2": the series and the main number.
    [GeneratedRegex(@"^ITU-T ([A-Z]{1,2})\.([0-9]{1,5})(?![0-9])")]
    private static partial Regex Number();
}
