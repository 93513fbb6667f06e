using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Roadmap.TestKit.Fuzzing;

/// <summary>
/// Runs each fuzz input against a target under a time limit and tallies what came of it: an outcome named by the target
/// (its documented way of saying "bad input"), an unhandled exception, or a hang. The slowest input is remembered.
/// </summary>
public sealed class FuzzReport(TimeSpan limit)
{
    private readonly SortedDictionary<string, int> _outcomes = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _byMutation = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, TimeSpan> _timeByTarget = new(StringComparer.Ordinal);
    private readonly List<string> _unhandled = [];
    private readonly List<string> _hangs = [];

    public int Inputs { get; private set; }

    public int Runs { get; private set; }

    public IReadOnlyList<string> Unhandled => _unhandled;

    public IReadOnlyList<string> Hangs => _hangs;

    public IReadOnlyDictionary<string, int> Outcomes => _outcomes;

    public (string Input, TimeSpan Elapsed) Slowest { get; private set; } = ("(none)", TimeSpan.Zero);

    /// <summary>Counts one input made by <paramref name="kind"/> (it may then go through several targets).</summary>
    public void Input(MutationKind kind)
    {
        Inputs++;
        Bump(_byMutation, kind.ToString());
    }

    /// <summary>
    /// Runs <paramref name="target"/> on a worker thread and waits at most the limit. It returns the outcome's name;
    /// an exception it lets out is unhandled unless <paramref name="handled"/> names it (a documented error type).
    /// </summary>
    public async Task RunAsync(string name, string input, Func<CancellationToken, string> target, Func<Exception, string?>? handled = null)
    {
        Runs++;
        using var cancel = new CancellationTokenSource(limit);
        var clock = Stopwatch.StartNew();
        var work = Task.Run(() => target(cancel.Token), CancellationToken.None);
        try
        {
            var outcome = await work.WaitAsync(limit, CancellationToken.None);
            Bump(_outcomes, $"{name}: {outcome}");
        }
        catch (TimeoutException)
        {
            _hangs.Add($"{name} {input}: still running after {limit.TotalSeconds:F0} s");
            Bump(_outcomes, $"{name}: HANG");
        }
        catch (Exception ex) when (handled?.Invoke(ex) is { } documented)
        {
            Bump(_outcomes, $"{name}: {documented}");
        }
        catch (Exception ex)
        {
            _unhandled.Add($"{name} {input}: {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
            Bump(_outcomes, $"{name}: UNHANDLED {ex.GetType().Name}");
        }

        _timeByTarget[name] = _timeByTarget.GetValueOrDefault(name) + clock.Elapsed;
        if (clock.Elapsed > Slowest.Elapsed)
        {
            Slowest = ($"{name} {input}", clock.Elapsed);
        }
    }

    public string Summary()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Inputs} inputs, {Runs} target runs, {_unhandled.Count} unhandled, {_hangs.Count} hangs; slowest {Slowest.Elapsed.TotalMilliseconds:F0} ms ({Slowest.Input})\n");
        text.Append("inputs by mutation: ").AppendJoin(", ", _byMutation.Select(p => $"{p.Key} {p.Value}")).Append('\n');
        text.Append("time by target: ").AppendJoin(", ", _timeByTarget.Select(p => $"{p.Key} {p.Value.TotalSeconds:F1} s")).Append('\n');
        foreach (var (outcome, count) in _outcomes)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {count,6}  {outcome}\n");
        }

        foreach (var failure in _unhandled.Concat(_hangs).Take(5))
        {
            text.Append("  ! ").Append(failure).Append('\n');
        }

        return text.ToString();
    }

    private static void Bump(SortedDictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
