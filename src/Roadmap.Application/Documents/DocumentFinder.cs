using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Roadmap.Search;

namespace Roadmap.Application.Documents;

/// <summary>
/// Finds a document by what a person typed, for <c>roadmap show</c> and the API's <c>document(designation:)</c> and
/// <c>lookup</c> alike: first the domain's reading of designations (<see cref="DocumentLookup"/>), then the search
/// index's, which also reads the forms search accepts (<c>TR 23455</c>, <c>PDL-012</c>, <c>did-core</c>, <c>X1410</c>)
/// and every edition id (a dated W3C docid whose short name differs from the document's). When nothing matches, the
/// designations one edit away are offered as near misses.
/// </summary>
public sealed class DocumentFinder(IGraphStore store, ISearchIndex index)
{
    private const int MaxCandidates = 10;

    public async Task<LookupResult> FindAsync(string text, CancellationToken cancellationToken)
    {
        var found = await DocumentLookup.FindAsync(store, text, cancellationToken);
        if (found.Document is not null || found.Candidates.Count > 0 || string.IsNullOrWhiteSpace(text))
        {
            return found;
        }

        var match = index.MatchDesignation(text, MaxCandidates);
        var named = await LoadAsync(match.Named, cancellationToken);
        if (named.Count == 1)
        {
            return LookupResult.Found(named[0]);
        }

        if (named.Count > 1)
        {
            return LookupResult.Ambiguous(named);
        }

        var near = await LoadAsync(match.NearMisses, cancellationToken);
        return near.Count == 0
            ? found
            : LookupResult.Missing($"no document '{text.Trim()}' in the graph; did you mean {string.Join(", ", near.Select(d => d.Designation))}?") with { NearMisses = near };
    }

    // In the index's order; a key the store no longer has (the index lags a delete) is left out.
    private async Task<List<Document>> LoadAsync(IReadOnlyList<Suggestion> suggestions, CancellationToken cancellationToken)
    {
        if (suggestions.Count == 0)
        {
            return [];
        }

        var documents = await store.GetDocumentsAsync([.. suggestions.Select(s => s.Key)], cancellationToken);
        return [.. suggestions.Select(s => documents.GetValueOrDefault(s.Key)).OfType<Document>()];
    }
}
