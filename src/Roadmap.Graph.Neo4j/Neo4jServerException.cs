namespace Roadmap.Graph.Neo4j;

/// <summary>The Neo4j server refused or failed a request; <see cref="Code"/> is its status code (<c>Neo.DatabaseError.…</c>).</summary>
public class Neo4jServerException : Exception
{
    public Neo4jServerException(string code, string serverMessage)
        : base($"{code}: {serverMessage}")
    {
        Code = code;
        ServerMessage = serverMessage;
    }

    public Neo4jServerException(string code, string serverMessage, Exception innerException)
        : base($"{code}: {serverMessage}", innerException)
    {
        Code = code;
        ServerMessage = serverMessage;
    }

    public string Code { get; }

    public string ServerMessage { get; }
}

/// <summary>The request was wrong (<c>Neo.ClientError.*</c>: bad Cypher, a broken constraint…); the transaction was rolled back and a retry would fail again.</summary>
public sealed class Neo4jClientException(string code, string serverMessage) : Neo4jServerException(code, serverMessage);

/// <summary>A failure that may pass on retry: <c>Neo.TransientError.*</c> (deadlock, leader switch…) or an HTTP 5xx answer.</summary>
public sealed class Neo4jTransientException(string code, string serverMessage, int? httpStatus = null) : Neo4jServerException(code, serverMessage)
{
    /// <summary>The HTTP status when the server answered 5xx without a Neo4j error body.</summary>
    public int? HttpStatus { get; } = httpStatus;
}
