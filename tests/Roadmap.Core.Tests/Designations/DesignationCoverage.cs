using System.Text;
using Roadmap.Core.Designations;

namespace Roadmap.Core.Tests.Designations;

/// <summary>Parses a set of real inputs once and reports coverage, failures and invariant breaks to the test output.</summary>
internal sealed class DesignationCoverage
{
    private readonly Dictionary<string, DesignationResult> _results = new(StringComparer.Ordinal);

    public DesignationCoverage(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (!_results.ContainsKey(input))
            {
                _results[input] = DesignationParser.Parse(input);
            }
        }
    }

    public int Count => _results.Count;

    public IReadOnlyDictionary<string, DesignationResult> Results => _results;

    public IReadOnlyList<(string Input, string Error)> Failures =>
        _results.Where(r => !r.Value.Success).Select(r => (r.Key, r.Value.Error!)).OrderBy(f => f.Key, StringComparer.Ordinal).ToList();

    public double Coverage => Count == 0 ? 1 : 1 - ((double)Failures.Count / Count);

    public Designation Parsed(string input) => _results[input].Value!;

    /// <summary>Inputs whose canonical display does not parse back to the same key and display.</summary>
    public IReadOnlyList<string> RoundTripBreaks() =>
        _results.Where(r => r.Value.Success)
            .Select(r => (Input: r.Key, Value: r.Value.Value!, Again: DesignationParser.Parse(r.Value.Value!.Display).Value))
            .Where(x => x.Again is null || x.Again.Key != x.Value.Key || x.Again.Display != x.Value.Display)
            .Select(x => $"{x.Input} -> {x.Value.Display} [{x.Value.Key}] -> {x.Again?.Display ?? "FAIL"} [{x.Again?.Key}]")
            .ToList();

    public void Report(string source)
    {
        var output = TestContext.Current.TestOutputHelper;
        if (output is null)
        {
            return;
        }

        var text = new StringBuilder();
        text.AppendLine($"{source}: {Count - Failures.Count}/{Count} distinct inputs parse ({Coverage:P3}).");
        foreach (var (input, error) in Failures.Take(300))
        {
            text.AppendLine($"  FAIL {input}  --  {error}");
        }

        output.WriteLine(text.ToString());
    }
}
