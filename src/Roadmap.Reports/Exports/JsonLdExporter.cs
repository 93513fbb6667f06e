using System.Text.Encodings.Web;
using System.Text.Json;
using Roadmap.Core.Documents;

namespace Roadmap.Reports.Exports;

/// <summary>
/// JSON-LD: one document with the context of <c>schema/roadmap.context.jsonld</c> inline (so it reads offline) and a
/// <c>@graph</c> of bodies, committees, topics, documents (with their topics and relations) and, as asked, gaps and
/// overlaps. Identifiers are URNs (<c>urn:roadmap:document:ISO%2022739</c>, written <c>doc:ISO%2022739</c>); the
/// vocabulary is documented in <c>docs/JSON-LD.md</c>.
/// </summary>
public static class JsonLdExporter
{
    private const string ContextResource = "Roadmap.Reports.roadmap.context.jsonld";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    /// <summary>The context document as shipped (the file <c>schema/roadmap.context.jsonld</c>).</summary>
    public static string ContextText()
    {
        using var stream = typeof(JsonLdExporter).Assembly.GetManifestResourceStream(ContextResource)
            ?? throw new InvalidOperationException("the JSON-LD context is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static void Write(ExportData data, ExportSet set, Stream output)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var context = JsonDocument.Parse(ContextText());
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WritePropertyName("@context");
        context.RootElement.GetProperty("@context").WriteTo(json);
        json.WriteStartArray("@graph");
        foreach (var body in data.Bodies)
        {
            json.WriteStartObject();
            json.WriteString("@id", "sdo:" + Id(body));
            json.WriteString("@type", "Body");
            json.WriteString("name", body);
            json.WriteEndObject();
        }

        foreach (var committee in data.Committees)
        {
            json.WriteStartObject();
            json.WriteString("@id", CommitteeId(committee.Key));
            json.WriteString("@type", "Committee");
            json.WriteString("designation", committee.Key);
            Optional(json, "title", committee.Title);
            json.WriteString("body", "sdo:" + Id(committee.Body));
            Optional(json, "parent", committee.ParentKey is { } parent ? CommitteeId(parent) : null);
            json.WriteEndObject();
        }

        foreach (var topic in data.Taxonomy.Nodes)
        {
            json.WriteStartObject();
            json.WriteString("@id", "tpc:" + Id(topic.Id));
            json.WriteString("@type", "Topic");
            json.WriteString("name", topic.Name);
            Optional(json, "scope", topic.Scope);
            json.WriteNumber("weight", topic.Weight);
            Optional(json, "broader", topic.ParentId is { } parent ? "tpc:" + Id(parent) : null);
            json.WriteEndObject();
        }

        WriteDocuments(json, data);
        if (set is ExportSet.Gaps or ExportSet.All)
        {
            JsonLdAnalysis.WriteGaps(json, data.Gaps);
        }

        if (set is ExportSet.Overlaps or ExportSet.All)
        {
            JsonLdAnalysis.WriteOverlaps(json, data.Overlaps);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    internal static string Id(string value) => Uri.EscapeDataString(value);

    internal static string DocumentId(string key) => "doc:" + Id(key);

    internal static string CommitteeId(string key) => "cte:" + Id(key);

    internal static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    internal static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteDocuments(Utf8JsonWriter json, ExportData data)
    {
        var topics = data.Assignments.ToLookup(a => a.DocumentKey, a => a.TopicId, StringComparer.Ordinal);
        var relations = data.Relations.ToLookup(r => r.FromKey, StringComparer.Ordinal);
        foreach (var document in data.Documents)
        {
            json.WriteStartObject();
            json.WriteString("@id", DocumentId(document.Key));
            json.WriteString("@type", "Document");
            json.WriteString("key", document.Key);
            json.WriteString("designation", document.Designation);
            json.WriteString("title", document.Title);
            json.WriteString("body", "sdo:" + Id(document.Body));
            json.WriteString("kind", document.Kind.ToString());
            json.WriteString("stage", document.Lifecycle.Stage.ToString());
            json.WriteString("statusCode", document.Lifecycle.Code);
            Optional(json, "published", document.Published?.ToString());
            Optional(json, "committee", document.CommitteeKey is { } c ? CommitteeId(c) : null);
            Optional(json, "scope", document.Scope);
            Strings(json, "topics", topics[document.Key].Order(StringComparer.Ordinal).Select(t => "tpc:" + Id(t)));
            foreach (var group in relations[document.Key].GroupBy(r => r.Type).OrderBy(g => g.Key))
            {
                Strings(json, RelationProperty(group.Key), group.Select(r => DocumentId(r.ToKey)));
            }

            json.WriteEndObject();
        }
    }

    /// <summary>The context's term for a relation type: its name in camel case (<c>NormativeReference</c> → <c>normativeReference</c>).</summary>
    public static string RelationProperty(RelationType type)
    {
        var name = type.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
