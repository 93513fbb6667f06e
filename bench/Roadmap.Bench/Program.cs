using Roadmap.Bench;

// dotnet run -c Release --project bench/Roadmap.Bench [-- --shared ../shared/sdo] [--out docs/PERFORMANCE.md]
var options = BenchOptions.Parse(args);
if (!Directory.Exists(options.SharedSdo))
{
    Console.Error.WriteLine($"The shared SDO corpus was not found at '{options.SharedSdo}'; pass --shared DIR.");
    return 2;
}

var sections = new List<BenchSection>();
foreach (var benchmark in Select(args, new IBenchmark[] { new IngestBenchmark(), new SearchBenchmark(), new ParseBenchmark(), new AnalysisBenchmark() }))
{
    Console.WriteLine($"== {benchmark.Name}");
    var section = await benchmark.RunAsync(options, CancellationToken.None);
    Console.WriteLine(section.Markdown);
    sections.Add(section);
}

await PerformanceReport.WriteAsync(options, sections, TimeProvider.System);
Console.WriteLine($"wrote {options.Output}");
return 0;

// --only NAME-PREFIX runs the benchmarks whose name starts with it (e.g. --only Analysis); all run by default.
static IEnumerable<IBenchmark> Select(string[] args, IBenchmark[] all)
{
    var only = Array.IndexOf(args, "--only") is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    return only is null ? all : all.Where(b => b.Name.StartsWith(only, StringComparison.OrdinalIgnoreCase));
}
