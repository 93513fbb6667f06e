using Roadmap.Bench;

// dotnet run -c Release --project bench/Roadmap.Bench [-- --shared ../shared/sdo] [--out docs/PERFORMANCE.md]
var options = BenchOptions.Parse(args);
if (!Directory.Exists(options.SharedSdo))
{
    Console.Error.WriteLine($"The shared SDO corpus was not found at '{options.SharedSdo}'; pass --shared DIR.");
    return 2;
}

var sections = new List<BenchSection>();
var all = new IBenchmark[] { new IngestBenchmark(), new SearchBenchmark(), new ParseBenchmark() };
var only = Environment.GetEnvironmentVariable("ROADMAP_BENCH_ONLY");
foreach (var benchmark in all.Where(b => string.IsNullOrEmpty(only) || b.GetType().Name.StartsWith(only, StringComparison.OrdinalIgnoreCase)))
{
    Console.WriteLine($"== {benchmark.Name}");
    var section = await benchmark.RunAsync(options, CancellationToken.None);
    Console.WriteLine(section.Markdown);
    sections.Add(section);
}

await PerformanceReport.WriteAsync(options, sections, TimeProvider.System);
Console.WriteLine($"wrote {options.Output}");
return 0;
