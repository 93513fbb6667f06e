using GraphQL;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.GraphQL.Loading;
using Roadmap.Application.Analysis;
using Roadmap.Application.Topics;
using Roadmap.Core.Analysis;

namespace Roadmap.Api.GraphQL.Analysis;

/// <summary>
/// The analysis' batching loaders of one GraphQL request, kept in the request's user context: a page of documents asks
/// for its topics and overlaps in one store call per level, not one per document.
/// </summary>
internal sealed class AnalysisLoaders(AnalysisService analysis)
{
    private const string ContextKey = "roadmap.analysis.loaders";

    /// <summary>Each document's topic rows (rule classifications with the editors' decisions, rejected rows included).</summary>
    public BatchLoader<string, IReadOnlyList<DocumentTopic>> Topics { get; } = new(async (keys, ct) =>
    {
        var rules = (await analysis.Store.GetClassificationsAsync(keys, ct)).ToLookup(a => a.DocumentKey, StringComparer.Ordinal);
        var decisions = (await analysis.Store.GetDecisionsAsync(ct)).ToLookup(d => d.DocumentKey, StringComparer.Ordinal);
        return keys.ToDictionary(k => k, k => DocumentTopics.Of([.. rules[k]], [.. decisions[k]]), StringComparer.Ordinal);
    }, StringComparer.Ordinal);

    /// <summary>Each document's overlaps, known relations included, strongest first.</summary>
    public BatchLoader<string, IReadOnlyList<Overlap>> Overlaps { get; } = new(async (keys, ct) =>
    {
        var byKey = await analysis.OverlapsByDocumentAsync(ct);
        return keys.ToDictionary(k => k, k => byKey[k].ToList() as IReadOnlyList<Overlap>, StringComparer.Ordinal);
    }, StringComparer.Ordinal);

    public static AnalysisLoaders Of(IResolveFieldContext context)
    {
        var bag = context.Roadmap();
        lock (bag)
        {
            if (bag.TryGetValue(ContextKey, out var existing) && existing is AnalysisLoaders loaders)
            {
                return loaders;
            }

            var created = new AnalysisLoaders(context.Service<AnalysisService>());
            bag[ContextKey] = created;
            return created;
        }
    }
}
