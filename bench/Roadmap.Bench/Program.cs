using Roadmap.Bench;

// dotnet run -c Release --project bench/Roadmap.Bench [-- --shared ../shared/sdo] [--out docs/PERFORMANCE.md] [--only Ingest|ApiLoad|Memory|Scaling|Soak] [--minutes N (soak, default 10)]
var options = BenchOptions.Parse(args);
if (!Directory.Exists(options.SharedSdo))
{
    Console.Error.WriteLine($"The shared SDO corpus was not found at '{options.SharedSdo}'; pass --shared DIR.");
    return 2;
}

var sections = new List<BenchSection>();
// --only PREFIX runs the benchmarks whose class or title starts with it (e.g. --only Search); all run by default.
IBenchmark[] all =
[
    new IngestBenchmark(), new SearchBenchmark(), new ParseBenchmark(), new AnalysisBenchmark(), new ApiLoadBenchmark(),
    new PipelineLatencyBenchmark(), new WatchLatencyBenchmark(), new Neo4jListingBenchmark(), new Neo4jUpsertBenchmark(), new MemoryBenchmark(), new ScalingBenchmark(), new SoakBenchmark(),
];
foreach (var benchmark in all.Where(b => options.Only is null
    || b.GetType().Name.StartsWith(options.Only, StringComparison.OrdinalIgnoreCase)
    || b.Name.StartsWith(options.Only, StringComparison.OrdinalIgnoreCase)))
{
    Console.WriteLine($"== {benchmark.Name}");
    var section = await benchmark.RunAsync(options, CancellationToken.None);
    Console.WriteLine(section.Markdown);
    sections.Add(section);
}

await PerformanceReport.WriteAsync(options, sections, TimeProvider.System);
Console.WriteLine($"wrote {options.Output}");
return 0;
