using GraphQL;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.Hosting;

namespace Roadmap.Api.GraphQL.Validation;

/// <summary>
/// The variables' share of the request budget: no string longer than <see cref="ApiOptions.MaxStringLength"/>, wherever
/// it sits in lists and input objects. A 50,000-character committee filter once reached SQLite as a LIKE pattern and came
/// back as an internal SQLite error.
/// </summary>
internal static class VariableBudget
{
    public static ExecutionError? Check(Inputs? variables, ApiOptions limits)
    {
        var longest = 0;
        foreach (var value in variables?.Values ?? Enumerable.Empty<object?>())
        {
            longest = Math.Max(longest, Longest(value, 0));
        }

        return longest > limits.MaxStringLength ? ErrorCodes.Error(ErrorCodes.BadUserInput, DocumentBudget.TooLong(longest, limits)) : null;
    }

    // Nesting is already bounded by the JSON reader's depth limit; the guard keeps this walk from depending on it.
    private static int Longest(object? value, int depth) => depth > 64 ? 0 : value switch
    {
        string text => text.Length,
        IDictionary<string, object?> map => map.Values.Select(v => Longest(v, depth + 1)).DefaultIfEmpty(0).Max(),
        IEnumerable<object?> list => list.Select(v => Longest(v, depth + 1)).DefaultIfEmpty(0).Max(),
        _ => 0,
    };
}
