using GraphQL;
using Roadmap.Application.Errors;

namespace Roadmap.Api.GraphQL.Execution;

/// <summary>
/// The application layer's typed failures as the errors clients rely on (<c>extensions.code</c>): resolvers call use
/// cases and never catch; this one mapping turns what they throw into NOT_FOUND, BAD_USER_INPUT or CONFLICT.
/// </summary>
internal static class UseCaseErrors
{
    /// <summary>The client error for <paramref name="exception"/>, or null when it is not one the use cases throw on purpose.</summary>
    public static ExecutionError? ToClientError(Exception exception) => exception switch
    {
        NotFoundException => ErrorCodes.Error(ErrorCodes.NotFound, exception.Message),
        InvalidInputException => ErrorCodes.Error(ErrorCodes.BadUserInput, exception.Message),
        EditConflictException conflict => Conflict(conflict),
        _ => null,
    };

    private static ExecutionError Conflict(EditConflictException conflict)
    {
        var error = ErrorCodes.Error(ErrorCodes.Conflict, conflict.Message);
        error.AddExtension("currentVersion", conflict.CurrentVersion);
        return error;
    }
}
