using System.Text.Json;

namespace Roadmap.Ingest.IsoOpenData;

/// <summary>
/// The publication month per iso.org id, from a provenance sidecar (<c>{id, publishedMonth: "YYYY-MM"}</c> lines, plain
/// or gzip): the Open Data feed as mirrored gives no publication date, and a year alone makes an ISO text look up to a
/// year older or younger than it is. Lines without a month, or that do not read, are skipped and counted.
/// </summary>
public sealed class IsoPublicationMonths
{
    private readonly Dictionary<long, string> _months;

    private IsoPublicationMonths(Dictionary<long, string> months, int skipped) => (_months, Skipped) = (months, skipped);

    public static IsoPublicationMonths None { get; } = new([], 0);

    public int Count => _months.Count;

    public int Skipped { get; }

    public string? Of(long id) => _months.GetValueOrDefault(id);

    public static async Task<IsoPublicationMonths> ReadAsync(Stream input, CancellationToken cancellationToken)
    {
        var months = new Dictionary<long, string>();
        var skipped = 0;
        await foreach (var (_, line) in LineSource.ReadAsync(input, cancellationToken))
        {
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.ValueKind == JsonValueKind.Object
                    && json.RootElement.TryGetProperty("id", out var id) && id.TryGetInt64(out var number)
                    && json.RootElement.TryGetProperty("publishedMonth", out var month) && month.ValueKind == JsonValueKind.String
                    && Core.Documents.PartialDate.TryParse(month.GetString(), out var date) && date.Month is not null)
                {
                    months[number] = date.ToString();
                    continue;
                }
            }
            catch (JsonException)
            {
                // Counted below; one bad line does not cost the others their months.
            }

            skipped++;
        }

        return new IsoPublicationMonths(months, skipped);
    }
}
