using System.Text.Json.Serialization;
using Roadmap.Core.Committees;
using Roadmap.Core.Crawling;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;

namespace Roadmap.Graph.Serialization;

/// <summary>The stored JSON form of graph records, source-generated so bulk imports do not pay for reflection.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    Converters = [typeof(PartialDateJsonConverter)])]
[JsonSerializable(typeof(Document))]
[JsonSerializable(typeof(Committee))]
[JsonSerializable(typeof(CommitteeLiaison))]
[JsonSerializable(typeof(CrawlRun))]
[JsonSerializable(typeof(List<FieldChange>))]
public sealed partial class GraphJsonContext : JsonSerializerContext;
