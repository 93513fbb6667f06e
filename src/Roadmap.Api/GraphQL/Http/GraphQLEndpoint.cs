using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.GraphQL.Loading;
using Roadmap.Api.GraphQL.Validation;
using Roadmap.Api.Hosting;
using Roadmap.Api.Security;
using Roadmap.Api.Telemetry;
using Roadmap.Core.Graph;

namespace Roadmap.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP: authenticates, reads the request, parses it once and sizes it (<see cref="DocumentBudget"/>) before
/// graphql-dotnet validates it, executes it under the limits and writes the result, its errors capped, with the status
/// the GraphQL-over-HTTP spec asks for (400 for requests that cannot run when the client speaks application/graphql-response+json).
/// </summary>
internal sealed class GraphQLEndpoint(
    IDocumentExecuter<ISchema> executer,
    IDocumentBuilder parser,
    IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader,
    IGraphStore store,
    DocumentCache documents,
    CommitteeCatalog committees,
    IOptions<ApiOptions> options,
    ApiMetrics metrics)
{
    public async Task HandleAsync(HttpContext context, bool isGet)
    {
        var started = Stopwatch.GetTimestamp();
        var mediaType = MediaTypes.Negotiate(context.Request);
        var outcome = "ok";
        try
        {
            if (mediaType is null)
            {
                throw new GraphQLHttpError(StatusCodes.Status406NotAcceptable, ErrorCodes.BadRequest, $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");
            }

            var caller = await AuthenticateAsync(context);
            var request = isGet ? reader.ReadGet(context.Request) : await reader.ReadPostAsync(context.Request, options.Value.MaxRequestBytes, context.RequestAborted);
            var document = Parse(request.Query);
            if (isGet)
            {
                RejectMutationOverGet(request, document);
                RejectAnonymousGet(caller);
            }

            var refusals = document is null ? [] : DocumentBudget.Check(document, isGet ? GetLimits : options.Value, context.RequestAborted);
            if (refusals.Count == 0 && VariableBudget.Check(request.Variables, options.Value) is { } tooLong)
            {
                refusals = [tooLong];
            }

            var result = refusals.Count > 0 ? Refused(refusals) : await ExecuteAsync(context, request, document, caller);
            result = ErrorCap.Apply(result, options.Value.MaxErrors);
            outcome = result.Executed ? (result.Errors is { Count: > 0 } ? "errors" : "ok") : "invalid";
            var status = !result.Executed && mediaType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
            await WriteAsync(context, status, mediaType, result);
        }
        catch (GraphQLHttpError error)
        {
            outcome = error.Code.ToLowerInvariant();
            await WriteAsync(context, error.Status, mediaType ?? MediaTypes.Json, Failure(error.Code, error.Message));
        }
        finally
        {
            metrics.RecordRequest(isGet ? "GET" : "POST", outcome, Stopwatch.GetElapsedTime(started));
        }
    }

    private async Task<Caller> AuthenticateAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(ApiKeyAuthenticationHandler.SchemeName);
        if (result.Failure is not null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            throw new GraphQLHttpError(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, result.Failure.Message);
        }

        if (result.Succeeded)
        {
            context.User = result.Principal;
            return Caller.From(result.Principal);
        }

        if (!options.Value.AnonymousRead)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            throw new GraphQLHttpError(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, "An API key is required: send 'Authorization: Bearer <key>' or 'X-Api-Key: <key>' (anonymous reading is off).");
        }

        return Caller.Anonymous;
    }

    /// <summary>The document, parsed as the executer would; null when it does not parse (the executer reports the syntax error the usual way).</summary>
    private GraphQLDocument? Parse(string? query)
    {
        try
        {
            return string.IsNullOrWhiteSpace(query) ? null : parser.Build(query);
        }
        catch (Exception ex) when (ex is ExecutionError or GraphQLParser.Exceptions.GraphQLParserException)
        {
            return null;
        }
    }

    /// <summary>GET may only read (GraphQL over HTTP): a mutation is refused with 405 before it runs.</summary>
    private static void RejectMutationOverGet(GraphQLRequest request, GraphQLDocument? document)
    {
        var operations = document?.Definitions.OfType<GraphQLOperationDefinition>().ToList() ?? [];
        var selected = request.OperationName is null ? operations.FirstOrDefault() : operations.FirstOrDefault(o => o.Name?.StringValue == request.OperationName);
        if (selected?.Operation is OperationType.Mutation or OperationType.Subscription)
        {
            throw new GraphQLHttpError(StatusCodes.Status405MethodNotAllowed, ErrorCodes.BadRequest, "Mutations are not allowed over GET; use POST.");
        }
    }

    /// <summary>
    /// GET runs queries for callers with a key only. Anyone may send a GET from a browser (an <c>&lt;img&gt;</c> or a link on any
    /// page, with no preflight); with anonymous reading on, that would let every page a visitor opens make this service run
    /// queries. A browser adds no API key to such a request, and POST needs a JSON body, which a cross-site page cannot send
    /// without a CORS preflight this service does not answer.
    /// </summary>
    private static void RejectAnonymousGet(Caller caller)
    {
        if (caller.IsAnonymous)
        {
            throw new GraphQLHttpError(StatusCodes.Status405MethodNotAllowed, ErrorCodes.BadRequest, "Queries over GET need an API key ('Authorization: Bearer <key>' or 'X-Api-Key'); without one, use POST with a JSON body.");
        }
    }

    /// <summary>The budget of a GET query: the POST budget with at most <see cref="ApiOptions.MaxGetSelections"/> fields.</summary>
    private ApiOptions GetLimits
    {
        get
        {
            var limits = options.Value;
            return new ApiOptions
            {
                MaxDepth = limits.MaxDepth,
                MaxComplexity = limits.MaxComplexity,
                MaxAliases = limits.MaxAliases,
                MaxSelections = Math.Min(limits.MaxSelections, limits.MaxGetSelections),
                MaxFragmentDepth = limits.MaxFragmentDepth,
                MaxErrors = limits.MaxErrors,
                MaxStringLength = limits.MaxStringLength,
            };
        }
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, GraphQLDocument? document, Caller caller)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(options.Value.ExecutionTimeout);
        try
        {
            return await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                Document = document,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = context.RequestServices,
                User = context.User,
                UserContext = new RoadmapUserContext(caller, new RequestLoaders(store, documents, committees)),
                CancellationToken = timeout.Token,
            });
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            throw new GraphQLHttpError(StatusCodes.Status504GatewayTimeout, ErrorCodes.Timeout, $"The operation did not finish within {options.Value.ExecutionTimeout.TotalSeconds:F0} s (Roadmap:Api:ExecutionTimeout).");
        }
    }

    private static ExecutionResult Refused(IReadOnlyList<ExecutionError> errors)
    {
        var result = new ExecutionResult { Executed = false, Errors = [] };
        foreach (var error in errors)
        {
            result.Errors.Add(error);
        }

        return result;
    }

    private static ExecutionResult Failure(string code, string message) =>
        new() { Errors = [new ExecutionError(message) { Code = code }], Executed = false };

    private async Task WriteAsync(HttpContext context, int status, string mediaType, ExecutionResult result)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            context.Response.Headers.Allow = "POST";
        }

        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }
}
