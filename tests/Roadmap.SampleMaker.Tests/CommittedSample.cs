using System.Text.Json.Nodes;
using Roadmap.TestKit;

namespace Roadmap.SampleMaker.Tests;

/// <summary>The sample committed under samples/ at the repository root; needs no shared data.</summary>
internal static class CommittedSample
{
    public static string Dir => Path.Combine(SharedData.RepoRoot, "samples");

    public static string PathOf(string file) => Path.Combine(Dir, file);

    public static List<JsonObject> Lines(string file) =>
        [.. File.ReadAllLines(PathOf(file)).Select(l => JsonNode.Parse(l)!.AsObject())];
}
