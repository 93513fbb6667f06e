using System.Text;
using Roadmap.Core.Documents;
using Roadmap.Ingest.IsoOpenData;

namespace Roadmap.Ingest.Tests;

public sealed class IsoPublicationMonthsTests
{
    private static readonly ImportContext Context = new("test.jsonl", new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));

    private static Task<IsoPublicationMonths> ReadAsync(string text) =>
        IsoPublicationMonths.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken);

    [Fact]
    public async Task ReadAsync_Sidecar_MonthsByIdAndTheLinesWithoutOne()
    {
        // Act
        var months = await ReadAsync("""
            {"id":82208,"reference":"ISO 22739:2024","publishedMonth":"2024-05","stage":"60.60"}
            {"id":80000,"reference":"ISO/DIS 20435","publishedMonth":null,"stage":"40.20"}
            {"id":1,"publishedMonth":"2024"}
            not json
            42

            """);

        // Assert
        (months.Count, months.Skipped, months.Of(82208), months.Of(80000)).ShouldBe((1, 4, "2024-05", (string?)null));
    }

    [Fact]
    public async Task ReadAsync_GzipSidecar_ReadsItsLines()
    {
        // Arrange
        var packed = new MemoryStream();
        await using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes("{\"id\":82208,\"publishedMonth\":\"2024-05\"}\n"), TestContext.Current.CancellationToken);
        }

        packed.Position = 0;

        // Act
        var months = await IsoPublicationMonths.ReadAsync(packed, TestContext.Current.CancellationToken);

        // Assert
        (months.Count, months.Of(82208)).ShouldBe((1, "2024-05"));
    }

    [Fact]
    public async Task Map_WithSidecar_DatesTheEditionToTheMonthWhenTheYearsAgree()
    {
        // Arrange
        var months = await ReadAsync("""{"id":82208,"publishedMonth":"2024-05"}""" + "\n" + """{"id":88435,"publishedMonth":"2023-10"}""");
        var mapper = new IsoOpenDataMapper(months);

        // Act + Assert
        mapper.Map(IsoLines.Vocabulary2024, Context).Document!.Published.ShouldBe(new PartialDate(2024, 5));
        mapper.Map(IsoLines.Amendment, Context).Document!.Published.ShouldBe(new PartialDate(2024), "the sidecar's 2023 disagrees with the reference's 2024: the reference wins");
        mapper.Map(IsoLines.SmartContracts, Context).Document!.Published.ShouldBe(new PartialDate(2019, 9, 20), "the feed's own day always wins");
    }
}
