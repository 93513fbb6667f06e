using System.Buffers;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Roadmap.Api.GraphQL.Execution;

namespace Roadmap.Api.GraphQL.Http;

/// <summary>Reads a GraphQL request from a POST body (JSON, size-limited) or a GET query string.</summary>
internal sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer)
{
    public async Task<GraphQLRequest> ReadPostAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypes.IsJsonBody(request))
        {
            throw new GraphQLHttpError(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.BadRequest, "POST /graphql takes Content-Type: application/json (UTF-8)");
        }

        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        var body = await ReadLimitedAsync(request.Body, maxBytes, cancellationToken);
        GraphQLRequest? parsed;
        try
        {
            parsed = serializer.Deserialize<GraphQLRequest>(body);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            throw new GraphQLHttpError(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, $"The request body is not a GraphQL request in JSON: {ex.Message}");
        }

        return Checked(parsed);
    }

    public GraphQLRequest ReadGet(HttpRequest request)
    {
        var query = request.Query;
        Inputs? variables = null;
        if (query["variables"] is { Count: > 0 } text && !string.IsNullOrWhiteSpace(text))
        {
            try
            {
                variables = serializer.Deserialize<Inputs>(text.ToString());
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
            {
                throw new GraphQLHttpError(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, $"variables is not a JSON object: {ex.Message}");
            }
        }

        return Checked(new GraphQLRequest { Query = query["query"].ToString(), OperationName = NullIfEmpty(query["operationName"].ToString()), Variables = variables });
    }

    private static GraphQLRequest Checked(GraphQLRequest? request) =>
        request is null || string.IsNullOrWhiteSpace(request.Query)
            ? throw new GraphQLHttpError(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "The request has no query; send {\"query\": \"{ ... }\"} (persisted queries are not supported).")
            : request;

    private static async Task<string> ReadLimitedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(maxBytes + 1, 64 * 1024));
        try
        {
            using var collected = new MemoryStream();
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (collected.Length + read > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }

                collected.Write(buffer, 0, read);
            }

            return System.Text.Encoding.UTF8.GetString(collected.GetBuffer(), 0, (int)collected.Length);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(maxBytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static GraphQLHttpError TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"The request body is larger than {maxBytes:N0} bytes (Roadmap:Api:MaxRequestBytes).");

    private static string? NullIfEmpty(string text) => string.IsNullOrEmpty(text) ? null : text;
}
