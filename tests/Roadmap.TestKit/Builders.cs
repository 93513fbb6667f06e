using Roadmap.Core.Committees;
using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;

namespace Roadmap.TestKit;

/// <summary>Small factories for realistic graph records in tests.</summary>
public static class Builders
{
    public static Edition Edition(
        string id,
        string title = "Blockchain and distributed ledger technologies — Vocabulary",
        string stageCode = "60.60",
        string? published = "2024-05",
        string? committee = "ISO/TC 307") =>
        new()
        {
            Id = id,
            Title = title,
            Lifecycle = stageCode.Contains('.', StringComparison.Ordinal) ? IsoStages.Map(stageCode) : ItuStatuses.Map(stageCode),
            Published = published is null ? null : PartialDate.Parse(published),
            CommitteeKey = committee,
            Ics = ["35.240.40"],
            SourceId = "test:" + id,
        };

    public static Document Document(string key, string body = "ISO", DocumentKind kind = DocumentKind.Standard, params Edition[] editions) =>
        DocumentEditions.Create(key, body, kind, editions.Length > 0 ? editions : [Edition(key)]);

    public static Document Iso(string key, string title, string stageCode = "60.60", string? published = "2022-01", string committee = "ISO/TC 307", string? year = null) =>
        Document(key, "ISO", DocumentKind.Standard, Edition(year is null ? key : $"{key}:{year}", title, stageCode, published, committee));

    public static Document Itu(string key, string title, string status = "In force", string? published = "2019-11-13", string committee = "ITU-T SG17") =>
        Document(key, "ITU-T", DocumentKind.Recommendation, Edition(key, title, status, published, committee));

    public static Committee Committee(string key, string body = "ISO", string? parent = null, string? title = null) =>
        new() { Key = key, Body = body, ParentKey = parent ?? CommitteeKeys.ParentOf(key), Title = title };
}
