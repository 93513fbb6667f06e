namespace Roadmap.Api.GraphQL.Http;

/// <summary>A request refused before execution: the HTTP status and a GraphQL-shaped error body.</summary>
#pragma warning disable CA1032 // Not a general-purpose exception: it always carries a status and a code.
internal sealed class GraphQLHttpError(int status, string code, string message) : Exception(message)
#pragma warning restore CA1032
{
    public int Status { get; } = status;

    public string Code { get; } = code;
}
