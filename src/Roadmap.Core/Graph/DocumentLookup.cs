using Roadmap.Core.Designations;
using Roadmap.Core.Documents;

namespace Roadmap.Core.Graph;

/// <summary>The outcome of finding a document by what a person typed.</summary>
public sealed record LookupResult(Document? Document, IReadOnlyList<Document> Candidates, string? Error)
{
    /// <summary>When nothing was found: documents whose designation is close to what was typed ("did you mean").</summary>
    public IReadOnlyList<Document> NearMisses { get; init; } = [];

    public static LookupResult Found(Document document) => new(document, [], null);

    public static LookupResult Ambiguous(IReadOnlyList<Document> candidates) =>
        new(null, candidates, $"{candidates.Count} documents match; name one of them exactly");

    public static LookupResult Missing(string reason) => new(null, [], reason);
}

/// <summary>
/// Finds a document by a designation as people write it: any case, spacing or edition (<c>iso 22739:2024</c>),
/// and without the type token when that is unambiguous (<c>ISO 23455</c> finds <c>ISO/TR 23455</c>).
/// </summary>
public static class DocumentLookup
{
    public static async Task<LookupResult> FindAsync(IGraphStore store, string text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return LookupResult.Missing("no designation given");
        }

        var parsed = DesignationParser.Parse(text);
        if (parsed.Value is not { } designation)
        {
            // A key typed exactly as stored still works even where the parser has no rule for it.
            return await store.GetDocumentAsync(text.Trim(), cancellationToken) is { } exact
                ? LookupResult.Found(exact)
                : LookupResult.Missing($"'{text}' is not a designation Roadmap can read: {parsed.Error}");
        }

        if (await store.GetDocumentAsync(designation.Key, cancellationToken) is { } document)
        {
            return LookupResult.Found(document);
        }

        var page = await store.ListDocumentsAsync(new DocumentQuery { Body = designation.Body, Text = designation.Number, First = 50 }, cancellationToken);
        var candidates = page.Items
            .Where(d => DesignationParser.Parse(d.Key).Value is { } k && k.Number == designation.Number && k.Supplement is null == (designation.Supplement is null))
            .ToList();
        return candidates.Count switch
        {
            1 => LookupResult.Found(candidates[0]),
            0 => LookupResult.Missing($"no document '{designation.Key}' in the graph"),
            _ => LookupResult.Ambiguous(candidates),
        };
    }
}
