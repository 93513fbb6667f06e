using System.Text.Json;
using Roadmap.Ingest;

namespace Roadmap.Cli;

/// <summary>The catalogue mapper minus the bodies a crawl covers: the demo crawls ITU-T, so its catalogue lines are skipped.</summary>
internal sealed class CatalogueExceptMapper(IRecordMapper inner, params string[] crawledBodies) : IRecordMapper
{
    public string Source => inner.Source;

    public MappedRecord Map(string line, ImportContext context)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("sdo", out var sdo) && crawledBodies.Contains(sdo.GetString(), StringComparer.Ordinal))
            {
                return MappedRecord.Skipped($"{sdo.GetString()} comes from the crawl");
            }
        }
        catch (JsonException)
        {
            // The inner mapper reports malformed lines in its own words.
        }

        return inner.Map(line, context);
    }
}
