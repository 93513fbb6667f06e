using System.Security.Cryptography;
using System.Text;
using Roadmap.Core.Documents;

namespace Roadmap.Search;

/// <summary>
/// A hash over exactly the values the index holds for a document. The index stores it; an index check recomputes it
/// from the store and reports keys whose hashes differ, are missing, or are extra.
/// </summary>
public static class IndexFieldHash
{
    // Bumped whenever the mapping of a document to index fields changes, so every stored hash goes stale at once.
    private const string MappingVersion = "search-mapping-1";

    public static string Compute(Document document, IReadOnlyList<string>? topics = null)
    {
        var text = new StringBuilder()
            .Append(MappingVersion).Append('\n')
            .Append(document.Key).Append('\n')
            .Append(document.Designation).Append('\n')
            .AppendJoin('\u001f', document.Editions.Select(e => e.Id).Order(StringComparer.Ordinal)).Append('\n')
            .Append(document.Title).Append('\n')
            .Append(document.Scope).Append('\n')
            .Append(document.Body).Append('\n')
            .Append(document.CommitteeKey).Append('\n')
            .Append(document.Lifecycle.Stage).Append('\n')
            .Append(document.Published?.Year).Append('\n')
            .AppendJoin('\u001f', (topics ?? []).Order(StringComparer.Ordinal))
            .ToString();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
