using System.Text.Json;
using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;
using Roadmap.Ingest.IsoOpenData;
using Roadmap.TestKit;

namespace Roadmap.Ingest.Tests;

public sealed class IsoOpenDataMapperTests
{
    private static readonly ImportContext Context = new("test.jsonl", new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly IsoOpenDataMapper _mapper = new();

    [Fact]
    public void Map_PublishedStandard_GivesDocumentEditionAndLifecycle()
    {
        var record = _mapper.Map(IsoLines.Vocabulary2024, Context);

        var document = record.Document.ShouldNotBeNull();
        document.Key.ShouldBe("ISO 22739");
        document.Body.ShouldBe("ISO");
        document.Kind.ShouldBe(DocumentKind.Standard);
        document.Title.ShouldBe("Blockchain and distributed ledger technologies — Vocabulary");
        document.Lifecycle.ShouldBe(new DocumentLifecycle(LifecycleStage.Published, "iso-stage", "60.60"));
        document.CommitteeKey.ShouldBe("ISO/TC 307");
        // publicationDate is null in the feed: only the reference's year is known, never a month or day.
        document.Published.ShouldBe(new PartialDate(2024));
        var edition = document.Editions.ShouldHaveSingleItem();
        edition.Id.ShouldBe("ISO 22739:2024");
        edition.Label.ShouldBe("2");
        edition.SourceId.ShouldBe("iso:82208");
        edition.Url.ShouldBe("https://www.iso.org/standard/82208.html");
        edition.Ics.ShouldBe(["35.030", "01.040.35"]);
        edition.Provenance!.Source.ShouldBe("test.jsonl");
        record.Committees.Select(c => c.Key).ShouldBe(["ISO/TC 307"]);
        record.Relations.ShouldBeEmpty("replacing an earlier edition of the same document is not a relation");
    }

    [Fact]
    public void Map_FeedDate_IsKeptToTheDay()
    {
        var document = _mapper.Map(IsoLines.SmartContracts, Context).Document!;

        document.Key.ShouldBe("ISO/TR 23455");
        document.Kind.ShouldBe(DocumentKind.TechnicalReport);
        document.Published.ShouldBe(new PartialDate(2019, 9, 20));
        document.Lifecycle.Stage.ShouldBe(LifecycleStage.Published);
    }

    [Fact]
    public void Map_WorkingGroup_AddsCommitteeChain()
    {
        var record = _mapper.Map(IsoLines.SmartContracts, Context);

        record.Committees.Select(c => (c.Key, c.ParentKey)).ShouldBe([("ISO/TC 307/WG 3", "ISO/TC 307"), ("ISO/TC 307", null)]);
    }

    [Fact]
    public void Map_Draft_IsInDevelopmentWithoutDate()
    {
        var document = _mapper.Map(IsoLines.Draft, Context).Document!;

        document.Key.ShouldBe("ISO 20435");
        document.Lifecycle.Stage.ShouldBe(LifecycleStage.InDevelopment);
        document.Lifecycle.Code.ShouldBe("40.20");
        document.Published.ShouldBeNull();
    }

    [Fact]
    public void Map_Amendment_IsItsOwnDocumentThatAmendsTheBase()
    {
        var record = _mapper.Map(IsoLines.Amendment, Context);

        record.Document!.Kind.ShouldBe(DocumentKind.Amendment);
        record.Document.Published.ShouldBe(new PartialDate(2024));
        record.Relations.ShouldContain(r => r.Type == RelationType.Amends && r.ToKey == "ISO/IEC 27001");
        record.Committees.Select(c => (c.Key, c.Body)).ShouldBe([("ISO/IEC JTC 1/SC 27", "ISO/IEC JTC 1"), ("ISO/IEC JTC 1", "ISO/IEC JTC 1")]);
    }

    [Theory]
    [InlineData(IsoLines.UnknownStage, "unknown stage code 6161")]
    [InlineData(IsoLines.BadDesignation, "does not parse")]
    [InlineData(IsoLines.NoTitle, "has no title")]
    [InlineData(IsoLines.Truncated, "malformed JSON")]
    [InlineData("[1,2,3]", "malformed JSON")]
    [InlineData("null", "empty record")]
    [InlineData("{}", "missing id, reference or currentStage")]
    public void Map_BadLine_IsRejectedWithReason(string line, string reason)
    {
        var record = _mapper.Map(line, Context);

        record.Document.ShouldBeNull();
        record.Rejection.ShouldNotBeNull().ShouldContain(reason);
    }

    [Fact]
    public void Map_RealFeedSampleLines_AreRead()
    {
        var path = SharedData.Require("iso/samples");
        var lines = Directory.GetFiles(path, "*deliverables*.jsonl").SelectMany(File.ReadLines).Where(l => l.Length > 0).ToList();

        lines.ShouldNotBeEmpty();
        foreach (var line in lines)
        {
            var record = _mapper.Map(line, Context);
            record.Rejection.ShouldBeNull();
            var reference = JsonDocument.Parse(line).RootElement.GetProperty("reference").GetString()!;
            record.Document!.Editions.Single().Id.Replace(" ", string.Empty, StringComparison.Ordinal)
                .ShouldBe(reference.Replace(" ", string.Empty, StringComparison.Ordinal), StringCompareShould.IgnoreCase);
        }
    }
}
