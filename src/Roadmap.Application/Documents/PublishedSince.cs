using Roadmap.Application.Errors;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;

namespace Roadmap.Application.Documents;

/// <summary>
/// "What's new since 2024": the documents published on or after a year, month or day, newest first — a question about
/// publication dates, where <c>changes</c> answers one about when Roadmap recorded a change. For <c>roadmap changes
/// --published-since</c> and the API's <c>publishedSince</c> alike.
/// </summary>
public sealed class PublishedSince(IGraphStore store)
{
    public const int MaxDocuments = DocumentQuery.MaxPageSize;

    /// <summary>The first day <paramref name="text"/> can mean: <c>2024</c> → 2024-01-01, <c>2024-03</c> → 2024-03-01.</summary>
    /// <exception cref="InvalidInputException">Not a year, year-month or date.</exception>
    public static DateOnly ParseSince(string text) =>
        PartialDate.TryParse(text?.Trim(), out var date)
            ? date.Earliest
            : throw new InvalidInputException($"'{text}' is not a year, month or date (YYYY, YYYY-MM or YYYY-MM-DD)");

    /// <summary>Documents published on or after <paramref name="since"/>, newest first, at most <paramref name="limit"/>, with how many there are in all.</summary>
    public async Task<Page<Document>> ListAsync(string since, int limit, CancellationToken cancellationToken)
    {
        var query = new DocumentQuery
        {
            PublishedFrom = ParseSince(since),
            Sort = DocumentSort.Published,
            Descending = true,
            First = Math.Clamp(limit, 1, MaxDocuments),
        };
        return await store.ListDocumentsAsync(query, cancellationToken);
    }
}
