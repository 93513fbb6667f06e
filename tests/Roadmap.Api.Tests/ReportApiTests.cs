using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Analysis;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Api.Search;
using Roadmap.Core.Analysis;
using Roadmap.Core.Graph;

namespace Roadmap.Api.Tests;

/// <summary>The roadmap downloads and the GraphQL field on the seeded server after a real analysis run.</summary>
public sealed class ReportApiTests(AnalysedServer server) : IClassFixture<AnalysedServer>
{
    [Theory]
    [InlineData("/roadmap.md", "text/markdown", "md")]
    [InlineData("/roadmap.html", "text/html", "html")]
    [InlineData("/roadmap.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx")]
    public async Task Download_EachFormat_IsAnAttachmentOfItsType(string path, string contentType, string extension)
    {
        // Act
        using var response = await server.Client.GetAsync(path + "?asOf=2019-12-31", TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(contentType);
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldBe($"roadmap-2019-12-31.{extension}");
        if (extension == "docx")
        {
            bytes[..2].ShouldBe("PK"u8.ToArray());
        }
        else
        {
            System.Text.Encoding.UTF8.GetString(bytes).ShouldContain("Edition as of 2019-12-31");
        }
    }

    [Fact]
    public async Task Download_BadAsOf_Is400()
    {
        using var response = await server.Client.GetAsync("/roadmap.md?asOf=2019-13-45", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("YYYY-MM-DD");
    }

    [Fact]
    public async Task GraphQL_Roadmap_ReturnsSectionsWithParagraphsAndTables()
    {
        // Act
        var result = await Gql.PostAsync(server.Client, """
            query { roadmap(asOf: "2025-06-30") { title asOf since sections { id title level paragraphs tables { caption columns rows } sections { id title figures { kind rows columns values } } } } }
            """);

        // Assert
        result.Status.ShouldBe(HttpStatusCode.OK);
        var roadmap = result.Data()["roadmap"]!;
        roadmap["asOf"]!.GetValue<string>().ShouldBe("2025-06-30");
        roadmap["since"]!.GetValue<string>().ShouldBe("2024-06-30");
        var sections = roadmap["sections"]!.AsArray();
        sections.Select(s => s!["id"]!.GetValue<string>()).ShouldBe(["executive-summary", "scope-and-method", "part-1-bodies", "part-2-published", "part-3-in-development", "part-4-gaps", "overlaps-and-liaisons", "changes", "annexes"]);
        var bodies = sections[2]!["tables"]!.AsArray()[0]!;
        bodies["columns"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldContain("Published");
        bodies["rows"]!.AsArray().Select(r => r![0]!.GetValue<string>()).ShouldBe(["ISO", "ITU-T"]);
        var heatMap = sections[^1]!["sections"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == "annex-b-coverage")!["figures"]!.AsArray().Single()!;
        heatMap["kind"]!.GetValue<string>().ShouldBe("HeatMap");
        heatMap["values"]!.AsArray().Count.ShouldBe(heatMap["rows"]!.AsArray().Count);
    }
}

public sealed class ReportApiAccessTests
{
    [Fact]
    public async Task Download_WithoutKey_WhenAnonymousReadIsOff_Is401()
    {
        await using var factory = new ApiFactory(anonymousRead: false);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/roadmap.md", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Download_BeforeAnyAnalysis_Is409WithWhatToDo()
    {
        await using var factory = new ApiFactory(anonymousRead: true);
        using var client = factory.CreateClient();
        await Seed.WriteAsync(factory, Seed.Small());

        using var response = await client.GetAsync("/roadmap.html", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("roadmap analyze");
    }
}
