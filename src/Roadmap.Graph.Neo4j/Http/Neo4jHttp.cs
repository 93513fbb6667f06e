using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Roadmap.Graph.Neo4j.Http;

/// <summary>
/// One HTTP exchange with Neo4j: auth, a per-request timeout, JSON in and out, and the error rules
/// (a non-empty <c>errors</c> array fails whatever the status; 401 is an auth failure; 5xx is transient).
/// </summary>
internal sealed class Neo4jHttp(HttpClient client, Neo4jOptions options)
{
    public const string AffinityHeader = "neo4j-cluster-affinity";
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    private readonly Uri _base = new(options.Url.ToString().TrimEnd('/') + "/");

    public Uri Server => options.Url;

    public async Task<T> SendAsync<T>(
        HttpMethod method,
        string pathOrUrl,
        Action<Utf8JsonWriter>? writeBody,
        string? affinity,
        Func<Neo4jReply, T> read,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, Resolve(pathOrUrl));
        request.Headers.Accept.Add(Json);
        request.Headers.Authorization = Authorization();
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (writeBody is not null)
        {
            request.Content = JsonContent(writeBody);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return await ReadAsync(response, read, timeout.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Neo4j at {Server} did not answer {method} {request.RequestUri?.AbsolutePath} within {options.RequestTimeout.TotalSeconds:0.#} s.", ex);
        }
    }

    /// <summary>Server-made URLs (a transaction's commit link) carry the server's own idea of its address; keep only the path.</summary>
    public Uri Resolve(string pathOrUrl)
    {
        var path = Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? absolute.PathAndQuery
            : pathOrUrl;
        return new Uri(_base, path.TrimStart('/'));
    }

    private async Task<T> ReadAsync<T>(HttpResponseMessage response, Func<Neo4jReply, T> read, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        JsonDocument? document = null;
        try
        {
            if (bytes.Length > 0)
            {
                try
                {
                    document = JsonDocument.Parse(bytes);
                }
                catch (JsonException) when (status >= 400)
                {
                    // A proxy's or servlet container's HTML error page: judged by the status below.
                }
            }

            var body = document?.RootElement ?? default;
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                var detail = Neo4jErrors.FromBody(body, Server) is { } error ? error.Message : "HTTP 401";
                throw Neo4jErrors.AuthFailed(Server, detail);
            }

            if (Neo4jErrors.FromBody(body, Server) is { } failure)
            {
                throw failure;
            }

            if (status >= 500)
            {
                throw new Neo4jTransientException($"HTTP {status}", Snippet(bytes, response.ReasonPhrase), status);
            }

            if (status >= 400)
            {
                throw new Neo4jClientException($"HTTP {status}", Snippet(bytes, response.ReasonPhrase));
            }

            var typed = response.Content.Headers.ContentType?.MediaType?.StartsWith("application/vnd.neo4j.query", StringComparison.Ordinal) == true;
            return read(new Neo4jReply(status, body, typed, response.Headers, response.Headers.Location));
        }
        finally
        {
            document?.Dispose();
        }
    }

    private AuthenticationHeaderValue? Authorization()
    {
        if (!string.IsNullOrEmpty(options.BearerToken))
        {
            return new AuthenticationHeaderValue("Bearer", options.BearerToken);
        }

        return string.IsNullOrEmpty(options.User)
            ? null
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
    }

    private static ReadOnlyMemoryContent JsonContent(Action<Utf8JsonWriter> writeBody)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writeBody(writer);
        }

        var content = new ReadOnlyMemoryContent(buffer.WrittenMemory);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static string Snippet(byte[] bytes, string? reason)
    {
        var text = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 300)).Trim();
        return text.Length > 0 ? text : reason ?? "no body";
    }
}
