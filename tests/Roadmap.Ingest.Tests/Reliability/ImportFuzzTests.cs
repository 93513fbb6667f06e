using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Roadmap.Graph.Embedded;
using Roadmap.Ingest.Catalogue;
using Roadmap.Ingest.Committees;
using Roadmap.Ingest.IsoOpenData;
using Roadmap.TestKit;
using Roadmap.TestKit.Fuzzing;

namespace Roadmap.Ingest.Tests.Reliability;

/// <summary>
/// 6 000 mutated feed lines (truncated, bytes flipped, UTF-16 / Latin-1, deeply nested JSON, huge strings, NULs, invalid
/// JSON, huge numbers, spliced; one in 25 also gzipped and cut short) go through <see cref="LineSource"/> and every
/// mapper; then the lot goes through the <see cref="Importer"/> into a real store. A mapper says "bad line" with a
/// rejection, <see cref="LineSource"/> says "bad gzip" with <see cref="InvalidDataException"/>; anything else, or an
/// input running past the time limit, fails the test.
/// </summary>
[Trait("Tier", "Slow")] // reliability: 6,000 fuzzed feed lines imported into a real store (~7 s)
public sealed partial class ImportFuzzTests : IDisposable
{
    public const int Inputs = 6_000;
    public const int Seed = 20261124;
    private const int ImportedInputMaxBytes = 64 * 1024;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);
    private static readonly IRecordMapper[] Mappers = [new IsoOpenDataMapper(), new CatalogueMapper(), new CommitteeMapper()];
    private static readonly ImportContext Context = new("fuzz", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly TempDirectory _data = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task EveryMapperAndTheImporter_6000MutatedLines_NoExceptionNoHangEveryLineAccountedFor()
    {
        // Arrange
        var seeds = FuzzLines.Load();
        var mutator = new Mutator(Seed, json: true);
        var cut = new Random(Seed);
        var report = new FuzzReport(Limit);
        var feed = new MemoryStream();

        // Act: every input through every mapper
        for (var i = 0; i < Inputs; i++)
        {
            var (kind, bytes) = mutator.Next(i / seeds.Count, seeds[i % seeds.Count]);
            report.Input(kind);
            var gzipped = i % 25 == 0;
            if (gzipped)
            {
                var whole = Gzip(bytes);
                bytes = whole[..cut.Next(whole.Length)];
            }
            else if (bytes.Length <= ImportedInputMaxBytes)
            {
                feed.Write(bytes);
                feed.WriteByte((byte)'\n');
            }

            var input = string.Create(CultureInfo.InvariantCulture, $"#{i} ({kind}{(gzipped ? ", gzipped and cut" : string.Empty)}, {bytes.Length} bytes)");
            foreach (var mapper in Mappers)
            {
                await report.RunAsync(mapper.Source, input, ct => MapAll(bytes, mapper, ct), Documented);
            }
        }

        // Act: the inputs under 64 kB as one feed through the importer, once per mapper, into one store
        await using var store = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(_data.Path));
        await store.InitializeAsync(Ct);
        var imports = new List<(IRecordMapper Mapper, ImportReport Report)>();
        var feedBytes = feed.ToArray();
        foreach (var mapper in Mappers)
        {
            imports.Add((mapper, await new Importer(store, TimeProvider.System, new ImportOptions { BatchSize = 200 }).ImportAsync(new MemoryStream(feedBytes), "fuzz", mapper, null, Ct)));
        }

        // Assert
        var summary = report.Summary() + string.Concat(imports.Select(r =>
            $"  importer {r.Mapper.Source}: {r.Report.Lines} lines, added {r.Report.Added}, changed {r.Report.Changed}, unchanged {r.Report.Unchanged}, rejected {r.Report.Rejected}, skipped {r.Report.Skipped}\n"));
        TestContext.Current.TestOutputHelper?.WriteLine($"import fuzz, seed {Seed}: {summary}");
        report.Unhandled.ShouldBeEmpty(summary);
        report.Hangs.ShouldBeEmpty(summary);
        report.Inputs.ShouldBe(Inputs);
        report.Runs.ShouldBe(Inputs * Mappers.Length);
        (await store.CheckIntegrityAsync(Ct)).ShouldBe("ok");
        foreach (var (mapper, import) in imports)
        {
            var lines = LineSource.ReadAsync(new MemoryStream(feedBytes), Ct).ToBlockingEnumerable(Ct).Where(l => !string.IsNullOrWhiteSpace(l.Text)).Select(l => mapper.Map(l.Text, Context)).ToList();
            import.Rejected.ShouldBe(lines.Count(r => r.Rejection is not null), $"{mapper.Source}: every rejected line is reported");
            import.Skipped.ShouldBe(lines.Count(r => r.Rejection is null && r.Document is null && r.Committees.Count == 0), $"{mapper.Source}: every skipped line is reported");
            import.Rejected.ShouldBeGreaterThan(0, $"{mapper.Source}: the fuzzed feed has lines to reject");
        }
    }

    /// <summary>Reads the input as a feed and maps each line; the outcome names the last line's verdict.</summary>
    private static string MapAll(byte[] bytes, IRecordMapper mapper, CancellationToken cancellationToken)
    {
        var outcome = "blank";
        using var stream = new MemoryStream(bytes);
        foreach (var line in LineSource.ReadAsync(stream, cancellationToken).ToBlockingEnumerable(cancellationToken))
        {
            if (string.IsNullOrWhiteSpace(line.Text))
            {
                continue;
            }

            var record = mapper.Map(line.Text, Context);
            outcome = record switch
            {
                { Rejection: { } reason } => "rejected: " + Category(reason),
                { Skip: not null } => "skipped",
                _ => "mapped",
            };
        }

        return outcome;
    }

    /// <summary>A rejection reason without the line's own values, so reasons of a kind count together.</summary>
    private static string Category(string reason) => Quoted().Replace(reason, "'…'").Split(':')[0];

    private static string? Documented(Exception ex) => ex is InvalidDataException ? "gzip refused (InvalidDataException)" : null;

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    [GeneratedRegex("'[^']*'")]
    private static partial Regex Quoted();
}
