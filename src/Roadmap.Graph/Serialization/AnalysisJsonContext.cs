using System.Text.Json.Serialization;
using Roadmap.Core.Analysis;
using Roadmap.Core.Gaps;

namespace Roadmap.Graph.Serialization;

/// <summary>The stored JSON form of analysis records (evidence, gaps, overlaps, runs, snapshots).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    Converters = [typeof(PartialDateJsonConverter)])]
[JsonSerializable(typeof(List<ClassificationEvidence>))]
[JsonSerializable(typeof(Gap))]
[JsonSerializable(typeof(Overlap))]
[JsonSerializable(typeof(AnalysisRun))]
[JsonSerializable(typeof(AnalysisSnapshot))]
public sealed partial class AnalysisJsonContext : JsonSerializerContext;
