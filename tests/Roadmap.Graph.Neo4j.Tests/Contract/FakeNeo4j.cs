using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Roadmap.Graph.Neo4j.Tests.Contract;

/// <summary>A request as the fake server saw it.</summary>
internal sealed record SeenRequest(HttpMethod Method, string Host, string Path, string? Body, HttpRequestHeaders Headers)
{
    /// <summary>The Cypher text of a Query API body, or of the first statement of a transactional body.</summary>
    public string? Statement
    {
        get
        {
            if (string.IsNullOrEmpty(Body))
            {
                return null;
            }

            using var json = JsonDocument.Parse(Body);
            if (json.RootElement.TryGetProperty("statement", out var one))
            {
                return one.GetString();
            }

            return json.RootElement.TryGetProperty("statements", out var many) && many.GetArrayLength() > 0 ? many[0].GetProperty("statement").GetString() : null;
        }
    }

    public string? Header(string name) => Headers.TryGetValues(name, out var values) ? values.First() : null;
}

/// <summary>
/// A scripted Neo4j HTTP server: routes by method and path, records every request, answers from the first route that
/// matches. Discovery answers for 3.x, 4.x and 5.x are built in.
/// </summary>
internal sealed class FakeNeo4j : HttpMessageHandler
{
    public const string Root5 = """{"bolt_routing":"neo4j://localhost:7687","transaction":"http://localhost:7474/db/{databaseName}/tx","bolt_direct":"bolt://localhost:7687","neo4j_version":"5.26.0","neo4j_edition":"community","query":"http://localhost:7474/db/{databaseName}/query/v2"}""";
    public const string Root4 = """{"bolt_routing":"neo4j://localhost:7687","transaction":"http://localhost:7474/db/{databaseName}/tx","bolt_direct":"bolt://localhost:7687","neo4j_version":"4.4.30","neo4j_edition":"community"}""";
    public const string Root3 = """{"management":"http://127.0.0.1:7474/db/manage/","data":"http://127.0.0.1:7474/db/data/","bolt":"bolt://127.0.0.1:7687"}""";
    public const string Data3 = """{"extensions":{},"transaction":"http://127.0.0.1:7474/db/data/transaction","neo4j_version":"3.1.1"}""";

    private readonly List<(HttpMethod Method, string Path, Func<SeenRequest, HttpResponseMessage> Answer)> _routes = [];

    public List<SeenRequest> Requests { get; } = [];

    public static Uri Url { get; } = new("http://neo4j.test:7474");

    public static FakeNeo4j Version5() => new FakeNeo4j().On(HttpMethod.Get, "/", _ => Json(200, Root5));

    public static FakeNeo4j Version4() => new FakeNeo4j().On(HttpMethod.Get, "/", _ => Json(200, Root4));

    public static FakeNeo4j Version3() => new FakeNeo4j()
        .On(HttpMethod.Get, "/", _ => Json(200, Root3))
        .On(HttpMethod.Get, "/db/data/", _ => Json(200, Data3));

    public FakeNeo4j On(HttpMethod method, string path, Func<SeenRequest, HttpResponseMessage> answer)
    {
        _routes.Add((method, path, answer));
        return this;
    }

    public IEnumerable<SeenRequest> To(string path) => Requests.Where(r => r.Path == path);

    public static HttpResponseMessage Json(int status, string json, string mediaType = "application/json") =>
        new((HttpStatusCode)status) { Content = new StringContent(json, Encoding.UTF8, mediaType) };

    /// <summary>A Query API result: <c>{"data":{"fields":[…],"values":[[…],…]}}</c>.</summary>
    public static HttpResponseMessage QueryResult(string fields, string values) =>
        Json(202, $$"""{"data":{"fields":{{fields}},"values":{{values}}},"bookmarks":["FB:x"]}""");

    /// <summary>A transactional-endpoint result of one statement.</summary>
    public static HttpResponseMessage TxResult(string columns, params string[] rows) =>
        Json(200, $$"""{"results":[{"columns":{{columns}},"data":[{{string.Join(',', rows.Select(r => $$"""{"row":{{r}},"meta":[]}"""))}}]}],"errors":[]}""");

    public static HttpResponseMessage Error(int status, string code, string message) =>
        Json(status, JsonSerializer.Serialize(new { errors = new[] { new { code, message } } }));

    public static Neo4jGraphStore Store(FakeNeo4j fake, int retries = 3) => new(Options(retries), fake, TimeProvider.System);

    public static Neo4jOptions Options(int retries = 3) => new()
    {
        Url = Url,
        User = "neo4j",
        Password = "secret",
        MaxRetryAttempts = retries,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        RetryMaxDelay = TimeSpan.FromMilliseconds(5),
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var seen = new SeenRequest(request.Method, request.RequestUri!.Authority, request.RequestUri.AbsolutePath, body, request.Headers);
        Requests.Add(seen);
        foreach (var (method, path, answer) in _routes)
        {
            if (method == request.Method && path == seen.Path)
            {
                return answer(seen);
            }
        }

        return Error(404, "Neo.ClientError.Request.Invalid", $"fake has no route for {request.Method} {seen.Path}");
    }
}
