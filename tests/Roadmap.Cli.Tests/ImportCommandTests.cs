using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Roadmap.TestKit;

namespace Roadmap.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Import_FeedWithBadLines_ReportsThemByLineAndKeepsTheRest()
    {
        var feed = Path.Combine(_data.Root, "feed.jsonl");
        var good = """{"id":82208,"deliverableType":"IS","supplementType":null,"reference":"ISO 22739:2024","title":{"en":"Blockchain and distributed ledger technologies — Vocabulary","fr":"x"},"publicationDate":null,"edition":2,"icsCode":["35.030"],"ownerCommittee":"ISO/TC 307","currentStage":6060,"replaces":null,"replacedBy":null,"languages":null,"pages":null,"scope":null}""";
        var unknownStage = good.Replace("82208", "1", StringComparison.Ordinal).Replace("ISO 22739:2024", "ISO 1:2020", StringComparison.Ordinal).Replace("6060", "6161", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(feed, [good, "{ not json", "", unknownStage], Ct);

        var (exit, output, _) = await CliRunner.RunAsync("import", "iso-open-data", feed, "--json", "--data", _data.Path);

        exit.ShouldBe(0);
        using var report = JsonDocument.Parse(output);
        report.RootElement.GetProperty("added").GetInt32().ShouldBe(1);
        report.RootElement.GetProperty("rejected").GetInt32().ShouldBe(2);
        var rejections = report.RootElement.GetProperty("rejections").EnumerateArray().Select(r => (r.GetProperty("line").GetInt64(), r.GetProperty("reason").GetString())).ToList();
        rejections[0].Item1.ShouldBe(2);
        rejections[0].Item2.ShouldNotBeNull().ShouldContain("malformed JSON");
        rejections[1].Item1.ShouldBe(4);
        rejections[1].Item2.ShouldNotBeNull().ShouldContain("unknown stage code");
    }

    [Fact]
    public async Task ImportCommittees_FirstThenAgain_ReportsTheCommitteesAddedThenUnchanged()
    {
        // Arrange
        var committees = Path.Combine(SharedData.RepoRoot, "samples", "committees.jsonl");
        var lines = File.ReadLines(committees).Count(l => l.Length > 0);

        // Act
        var first = await CliRunner.RunAsync("import", "committees", committees, "--data", _data.Path);
        var again = await CliRunner.RunAsync("import", "committees", committees, "--data", _data.Path);

        // Assert
        (first.Exit, again.Exit).ShouldBe((0, 0));
        first.Out.ShouldContain($"committees added {lines}, changed 0, unchanged 0");
        again.Out.ShouldContain($"committees added 0, changed 0, unchanged {lines}");
    }

    [Fact]
    public async Task ChangesPublishedSince_AYear_ListsWhatWasPublishedSinceNewestFirst()
    {
        // Arrange
        var catalogue = Path.Combine(SharedData.RepoRoot, "samples", "catalogue.jsonl");
        (await CliRunner.RunAsync("import", "catalogue", catalogue, "--data", _data.Path)).Exit.ShouldBe(0);

        // Act
        var (exit, output, error) = await CliRunner.RunAsync("changes", "--published-since", "2024", "--limit", "50", "--json", "--data", _data.Path);
        var text = await CliRunner.RunAsync("changes", "--published-since", "2024-06", "--data", _data.Path);
        var recordedSinceAYear = await CliRunner.RunAsync("changes", "--since", "2024", "--limit", "1", "--data", _data.Path);
        var bad = await CliRunner.RunAsync("changes", "--published-since", "soon", "--data", _data.Path);
        var both = await CliRunner.RunAsync("changes", "--since", "2024", "--published-since", "2024", "--data", _data.Path);

        // Assert
        exit.ShouldBe(0, error);
        using var json = JsonDocument.Parse(output);
        var published = json.RootElement.EnumerateArray().Select(d => d.GetProperty("published").GetString()!).ToList();
        published.Count.ShouldBeGreaterThan(0);
        published.ShouldAllBe(p => string.CompareOrdinal(p, "2024") >= 0);
        published.ShouldBe([.. published.OrderByDescending(p => p, StringComparer.Ordinal)]);
        text.Exit.ShouldBe(0);
        text.Out.ShouldContain("published since 2024-06-01");
        recordedSinceAYear.Exit.ShouldBe(0);
        (bad.Exit, both.Exit).ShouldBe((2, 2));
        bad.Err.ShouldContain("YYYY-MM");
    }

    [Fact]
    public async Task Import_GzipFeed_IsReadByContentNotName()
    {
        var feed = Path.Combine(_data.Root, "feed.data");
        var line = """{"sdo":"ITU-T","designation":"ITU-T X.1401","docid":"ITU-T X.1401 (11/2019)","edition":"11/2019","type":"recommendation","title":"Security threats of distributed ledger technology","status":"Published","date":"2019-11-13","committee":"SG17","url":null,"abstract":null,"relations":[],"source":"test"}""";
        await using (var file = File.Create(feed))
        await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"), Ct);
        }

        var (exit, output, _) = await CliRunner.RunAsync("import", "catalogue", feed, "--data", _data.Path);
        var (showExit, shown, _) = await CliRunner.RunAsync("show", "itu-t x.1401", "--json", "--data", _data.Path);

        exit.ShouldBe(0);
        output.ShouldContain("added 1");
        showExit.ShouldBe(0);
        using var json = JsonDocument.Parse(shown);
        json.RootElement.GetProperty("document").GetProperty("committeeKey").GetString().ShouldBe("ITU-T SG17");
    }

    [Fact]
    [Trait("Tier", "Slow")] // big corpus: imports the whole real ISO feed twice (~60 s)
    public async Task Import_WholeRealIsoFeed_TwiceChangesNothingTheSecondTime()
    {
        var feed = SharedData.Require("iso/iso_deliverables_metadata.jsonl.gz");

        var (exit, output, _) = await CliRunner.RunAsync("import", "iso-open-data", feed, "--json", "--data", _data.Path);
        var (again, secondOutput, _) = await CliRunner.RunAsync("import", "iso-open-data", feed, "--json", "--data", _data.Path);
        var (statsExit, stats, _) = await CliRunner.RunAsync("stats", "--json", "--data", _data.Path);
        var (showExit, shown, _) = await CliRunner.RunAsync("show", "ISO 22739", "--json", "--data", _data.Path);

        exit.ShouldBe(0);
        using var first = JsonDocument.Parse(output);
        TestContext.Current.TestOutputHelper?.WriteLine(output);
        first.RootElement.GetProperty("lines").GetInt64().ShouldBe(54_784);
        var rejected = first.RootElement.GetProperty("rejected").GetInt32();
        rejected.ShouldBeLessThan(55, "at most 0.1 % of the real catalogue may fail to parse");
        // Editions of one document (ISO 22739:2020 and :2024) merge into one node.
        var added = first.RootElement.GetProperty("added").GetInt32();
        added.ShouldBeInRange(30_000, 54_784);

        again.ShouldBe(0);
        using var second = JsonDocument.Parse(secondOutput);
        second.RootElement.GetProperty("added").GetInt32().ShouldBe(0);
        second.RootElement.GetProperty("changed").GetInt32().ShouldBe(0);
        second.RootElement.GetProperty("rejected").GetInt32().ShouldBe(rejected);

        statsExit.ShouldBe(0);
        using var counts = JsonDocument.Parse(stats);
        counts.RootElement.GetProperty("documents").GetInt32().ShouldBe(added);
        counts.RootElement.GetProperty("editions").GetInt32().ShouldBe(54_784 - rejected);
        counts.RootElement.GetProperty("byBody").GetProperty("ISO").GetInt32().ShouldBeGreaterThan(30_000);

        showExit.ShouldBe(0);
        using var document = JsonDocument.Parse(shown);
        var vocabulary = document.RootElement.GetProperty("document");
        vocabulary.GetProperty("designation").GetString().ShouldBe("ISO 22739:2024");
        vocabulary.GetProperty("lifecycle").GetProperty("stage").GetString().ShouldBe("Published");
        vocabulary.GetProperty("editions").EnumerateArray().Select(e => e.GetProperty("id").GetString())
            .ShouldBe(["ISO 22739:2024", "ISO 22739:2020"]);
    }
}
