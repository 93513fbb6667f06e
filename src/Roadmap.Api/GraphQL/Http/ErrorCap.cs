using GraphQL;
using Roadmap.Api.GraphQL.Execution;

namespace Roadmap.Api.GraphQL.Http;

/// <summary>
/// At most <c>Roadmap:Api:MaxErrors</c> errors in one response, and one more saying how many were left out: a document
/// with thousands of faults (unknown fields, duplicate arguments) gets a short answer, not megabytes of the same error.
/// </summary>
internal static class ErrorCap
{
    public static ExecutionResult Apply(ExecutionResult result, int max)
    {
        if (result.Errors is not { } errors || errors.Count <= max)
        {
            return result;
        }

        var kept = new ExecutionErrors();
        foreach (var error in errors.Take(max))
        {
            kept.Add(error);
        }

        kept.Add(ErrorCodes.Error(ErrorCodes.TooManyErrors, $"{errors.Count - max} more error(s) left out; a response carries at most {max} (Roadmap:Api:MaxErrors)."));
        result.Errors = kept;
        return result;
    }
}
