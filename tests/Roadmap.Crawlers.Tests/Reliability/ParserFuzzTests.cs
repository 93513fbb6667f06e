using System.Globalization;
using Roadmap.Crawlers.Fetching;
using Roadmap.Crawlers.Iso;
using Roadmap.Crawlers.Itu;
using Roadmap.Crawlers.Parsing;
using Roadmap.TestKit.Fuzzing;

namespace Roadmap.Crawlers.Tests.Reliability;

/// <summary>
/// 4 000 mutated saved pages (truncated, bytes flipped, UTF-16 / Latin-1, deeply nested, huge attributes, NULs, broken
/// structure, huge numbers, spliced) go through the crawler's own decoding and then through the page's parser and, for
/// every other input, one other parser in turn, so every <see cref="IPageParser"/> sees hundreds of pages not its own. A parser says "bad page" with
/// <see cref="ParsedPage.Problems"/>, or with the exceptions the crawl engine records as a page failure (format, invalid
/// operation, argument); any other exception, or an input running past the time limit, fails the test.
/// </summary>
[Trait("Tier", "Slow")] // reliability: 4,000 fuzzed pages through every parser (~37 s)
public sealed class ParserFuzzTests
{
    public const int Inputs = 4_000;
    public const int Seed = 20261124;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task EveryParser_4000MutatedPages_NoExceptionNoHang()
    {
        // Arrange
        IPageParser[] parsers = [.. new ItuSource().Parsers, .. new IsoSource().Parsers];
        var byKind = parsers.ToDictionary(p => p.Kind, StringComparer.Ordinal);
        var pages = FuzzPages.Load();
        var mutator = new Mutator(Seed, json: false);
        var report = new FuzzReport(Limit);

        // Act
        for (var i = 0; i < Inputs; i++)
        {
            var page = pages[i % pages.Count];
            var (kind, bytes) = mutator.Next(i / pages.Count, page.Body);
            report.Input(kind);
            var contentType = i % 4 == 0 ? null : page.ContentType; // sometimes the charset must be sniffed from the bytes
            var input = string.Create(CultureInfo.InvariantCulture, $"#{i} ({kind} of {page.Url}, {bytes.Length} bytes)");
            var other = parsers[i / 2 % parsers.Length];
            IPageParser[] targets = i % 2 == 1 || other.Kind == page.Kind ? [byKind[page.Kind]] : [byKind[page.Kind], other];
            foreach (var parser in targets)
            {
                await report.RunAsync(parser.Kind, input, _ => Outcome(parser.Parse(BodyDecoder.Decode(bytes, contentType), page.Url)), CrawlEngineHandles);
            }
        }

        // Assert
        TestContext.Current.TestOutputHelper?.WriteLine($"parser fuzz, seed {Seed}: {report.Summary()}");
        report.Unhandled.ShouldBeEmpty(report.Summary());
        report.Hangs.ShouldBeEmpty(report.Summary());
        report.Inputs.ShouldBe(Inputs);
        foreach (var parser in parsers)
        {
            report.Outcomes.Where(o => o.Key.StartsWith(parser.Kind + ":", StringComparison.Ordinal)).Sum(o => o.Value)
                .ShouldBeGreaterThanOrEqualTo(Inputs / 2 / parsers.Length, $"{parser.Kind} must see its share of inputs");
        }
    }

    /// <summary>The exceptions the crawl engine turns into a recorded page failure ("parser failed: …") and goes on.</summary>
    private static string? CrawlEngineHandles(Exception ex) =>
        ex is FormatException or InvalidOperationException or ArgumentException ? $"parser failed ({ex.GetType().Name})" : null;

    /// <summary>What a parser made of a page, in the terms a crawl acts on.</summary>
    private static string Outcome(ParsedPage page) => page switch
    {
        { Failed: true } => "rejected (" + page.Problems.First(p => p.Fatal).Selector + ")",
        { Problems.Count: > 0 } => "parsed with problems",
        { Documents.Count: > 0 } or { Committees.Count: > 0 } or { Links.Count: > 0 } or { Facts.Count: > 0 } => "parsed",
        _ => "nothing found",
    };
}
