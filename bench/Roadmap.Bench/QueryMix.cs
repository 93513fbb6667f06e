using Roadmap.Core.Documents;

namespace Roadmap.Bench;

/// <summary>One benchmark query: what a user types, and for designation queries the document that must come first.</summary>
internal sealed record BenchQuery(string Kind, string Text, string? ExpectedKey);

/// <summary>The same 1 000 queries for every engine: designations as typed, title words, and title phrases, drawn from the corpus.</summary>
internal static class QueryMix
{
    public static IReadOnlyList<BenchQuery> Draw(IReadOnlyList<Document> documents, int count, int seed)
    {
        var random = new Random(seed);
        var queries = new List<BenchQuery>(count);
        var withTitles = documents.Where(d => Words(d.Title).Length >= 4).ToList();
        while (queries.Count < count)
        {
            var pick = random.Next(10);
            if (pick < 4)
            {
                var document = documents[random.Next(documents.Count)];
                var typed = random.Next(3) switch
                {
                    0 => document.Key,
                    1 => document.Key.ToLowerInvariant(),
                    _ => document.Designation,
                };
                queries.Add(new BenchQuery("designation", typed, document.Key));
            }
            else
            {
                var words = Words(withTitles[random.Next(withTitles.Count)].Title);
                var start = random.Next(words.Length - 2);
                queries.Add(pick < 8
                    ? new BenchQuery("words", $"{words[start]} {words[random.Next(words.Length)]}", null)
                    : new BenchQuery("phrase", $"\"{words[start]} {words[start + 1]} {words[start + 2]}\"", null));
            }
        }

        return queries;
    }

    public static string[] Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
            .Where(w => w.Length > 2)
            .ToArray();
}
