using GraphQL;

namespace Roadmap.Api.GraphQL.Execution;

/// <summary>The <c>extensions.code</c> values clients can rely on.</summary>
internal static class ErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string Ambiguous = "AMBIGUOUS";
    public const string BadRequest = "BAD_REQUEST";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string Timeout = "TIMEOUT";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string DocumentTooComplex = "DOCUMENT_TOO_COMPLEX";
    public const string TooManyErrors = "TOO_MANY_ERRORS";
    public const string PageSize = "PAGE_SIZE_EXCEEDED";
    public const string SearchQuery = "BAD_SEARCH_QUERY";
    public const string Conflict = "CONFLICT";

    public static ExecutionError Error(string code, string message) => new(message) { Code = code };
}
