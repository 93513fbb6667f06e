using System.Collections.Frozen;
using System.Text;
using Roadmap.Core.Documents;

namespace Roadmap.Graph.Neo4j.Cypher;

/// <summary>
/// Each <see cref="RelationType"/> is its own Neo4j relationship type (<c>NormativeReference</c> → <c>NORMATIVE_REFERENCE</c>),
/// so traversals can name the kinds they follow, as Neo4j users expect.
/// </summary>
internal static class RelationTypes
{
    private static readonly FrozenDictionary<RelationType, string> ToName =
        Enum.GetValues<RelationType>().ToFrozenDictionary(t => t, t => Screaming(t.ToString()));

    private static readonly FrozenDictionary<string, RelationType> FromName =
        ToName.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static IEnumerable<RelationType> All => ToName.Keys.Order();

    public static string Name(RelationType type) => ToName[type];

    /// <summary>The relation a relationship type stands for, or null for a type Roadmap did not write.</summary>
    public static RelationType? Parse(string? name) =>
        name is not null && FromName.TryGetValue(name, out var type) ? type : null;

    private static string Screaming(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(pascal[i]));
        }

        return text.ToString();
    }
}
