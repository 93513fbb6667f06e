using System.Net;
using Roadmap.Core.Committees;
using Roadmap.Ingest.IsoOpenData;

namespace Roadmap.Ingest.Committees;

/// <summary>Maps committee lines (titles, parents, study periods) onto committee nodes, and the liaisons they list onto registry entries.</summary>
public sealed class CommitteeMapper : IRecordMapper
{
    public const string SourceName = "committees";

    public string Source => SourceName;

    public MappedRecord Map(string line, ImportContext context)
    {
        var row = JsonLine.Read(line, CommitteeJsonContext.Default.CommitteeLine, out var rejection);
        if (row is null)
        {
            return rejection!;
        }

        if (string.IsNullOrWhiteSpace(row.Key) || string.IsNullOrWhiteSpace(row.Body))
        {
            return MappedRecord.Rejected("missing key or body");
        }

        var key = CommitteeKeys.Normalize(WebUtility.HtmlDecode(row.Key));
        var committee = new Committee
        {
            Key = key,
            // ISO-family committees get their body from the one rule the ISO feed also uses, so sources agree.
            Body = key.StartsWith("ISO", StringComparison.Ordinal) || key.StartsWith("IEC", StringComparison.Ordinal) ? IsoCommittees.BodyOf(key) : row.Body.Trim(),
            Title = string.IsNullOrWhiteSpace(row.Title) ? null : WebUtility.HtmlDecode(row.Title.Trim()),
            ParentKey = string.IsNullOrWhiteSpace(row.Parent) ? CommitteeKeys.ParentOf(key) : CommitteeKeys.Normalize(row.Parent),
            StudyPeriod = row.StudyPeriod,
        };
        var liaisons = new List<CommitteeLiaison>();
        foreach (var entry in row.Liaisons ?? [])
        {
            if (string.IsNullOrWhiteSpace(entry.With) || CommitteeKeys.Normalize(entry.With) == key)
            {
                return MappedRecord.Rejected($"committee '{key}': a liaison needs another committee in 'with'");
            }

            liaisons.Add(CommitteeLiaison.Create(key, WebUtility.HtmlDecode(entry.With), Blank(entry.Category), Blank(entry.Since), Blank(entry.Note)));
        }

        return new MappedRecord { Committees = [committee], Liaisons = liaisons };
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
