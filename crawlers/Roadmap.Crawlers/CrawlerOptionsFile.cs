using System.Text.Json;

namespace Roadmap.Crawlers;

/// <summary>
/// The CLI's crawler settings: <c>crawler.json</c> in the data folder, with the same keys as the hosts' <c>Crawler</c>
/// configuration section (camelCase). Absent means the defaults.
/// </summary>
public static class CrawlerOptionsFile
{
    public const string FileName = "crawler.json";

    public static CrawlerOptions Load(string dataPath)
    {
        var path = Path.Combine(dataPath, FileName);
        if (!File.Exists(path))
        {
            return new CrawlerOptions();
        }

        try
        {
            var options = JsonSerializer.Deserialize(File.ReadAllText(path), CrawlJsonContext.Default.CrawlerOptions) ?? new CrawlerOptions();
            // JSON gives a case-sensitive dictionary; source names are matched case-insensitively everywhere else.
            options.Sources = new Dictionary<string, SourceSettings>(options.Sources, StringComparer.OrdinalIgnoreCase);
            return options;
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not valid crawler settings: {ex.Message}", ex);
        }
    }
}
