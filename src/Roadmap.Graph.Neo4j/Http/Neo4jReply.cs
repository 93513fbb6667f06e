using System.Net.Http.Headers;
using System.Text.Json;

namespace Roadmap.Graph.Neo4j.Http;

/// <summary>A successful answer, valid only inside the callback that reads it (the JSON document is pooled).</summary>
internal sealed record Neo4jReply(int Status, JsonElement Body, bool Typed, HttpResponseHeaders Headers, Uri? Location)
{
    public string? Header(string name) =>
        Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
