using System.Text.Json.Serialization;
using Roadmap.Crawlers.Fetching;
using Roadmap.Crawlers.Runs;
using Roadmap.Crawlers.Snapshots;

namespace Roadmap.Crawlers;

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNameCaseInsensitive = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HttpCache.Entry))]
[JsonSerializable(typeof(SnapshotManifest))]
[JsonSerializable(typeof(CrawlCheckpoint))]
[JsonSerializable(typeof(Dictionary<string, int>))]
[JsonSerializable(typeof(CrawlerOptions))]
[JsonSerializable(typeof(SourceSettings))]
internal sealed partial class CrawlJsonContext : JsonSerializerContext;
