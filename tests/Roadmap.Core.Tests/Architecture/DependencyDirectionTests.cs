using System.Xml.Linq;
using Roadmap.TestKit;

namespace Roadmap.Core.Tests.Architecture;

/// <summary>Dependencies point inward to Roadmap.Core; only hosts compose; nothing references a host except the CLI, which starts the API host (<c>roadmap serve</c>).</summary>
public sealed class DependencyDirectionTests
{
    // What each production project may reference. A new project must be added here deliberately.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Roadmap.Core"] = [],
        ["Roadmap.Graph"] = ["Roadmap.Core"],
        ["Roadmap.Graph.Neo4j"] = ["Roadmap.Core", "Roadmap.Graph"],
        ["Roadmap.Search"] = ["Roadmap.Core"],
        ["Roadmap.Ingest"] = ["Roadmap.Core"],
        ["Roadmap.Analysis"] = ["Roadmap.Core"],
        // The ONNX sentence model behind the analysis' ITextEmbedder port: kept out of the analysis, composed by hosts.
        ["Roadmap.Embeddings"] = ["Roadmap.Core", "Roadmap.Analysis"],
        // The roadmap document and the data exports: built from the graph and the analysis, rendered without a host.
        ["Roadmap.Reports"] = ["Roadmap.Core", "Roadmap.Analysis"],
        // Use cases both hosts call (the change pipeline): the core's ports, the search index and the analysis engine.
        ["Roadmap.Application"] = ["Roadmap.Core", "Roadmap.Search", "Roadmap.Analysis"],
        // Crawlers: the shared machinery knows only the core; each body's crawler adds the shared machinery (and the
        // ingest mappers it reuses), never another body's crawler.
        ["Roadmap.Crawlers"] = ["Roadmap.Core"],
        ["Roadmap.Crawlers.Itu"] = ["Roadmap.Core", "Roadmap.Crawlers"],
        ["Roadmap.Crawlers.Iso"] = ["Roadmap.Core", "Roadmap.Ingest", "Roadmap.Crawlers"],
        // What both hosts share to open their data (the stores' configuration model and the one place stores are
        // chosen): the core's ports and the two store implementations. Not a host: the CLI uses it without the service.
        // It also registers each body's crawling project (AddRoadmapBodies), the one list both hosts' sources come from.
        ["Roadmap.Hosting"] =
        [
            "Roadmap.Core", "Roadmap.Graph", "Roadmap.Graph.Neo4j",
            "Roadmap.Crawlers", "Roadmap.Crawlers.Itu", "Roadmap.Crawlers.Iso",
        ],
        ["Roadmap.Cli"] = ["*"],
        ["Roadmap.Api"] = ["*"],
    };

    private static readonly string[] Hosts = ["Roadmap.Cli", "Roadmap.Api"];

    // Production code lives under src/ and crawlers/.
    private static readonly string[] Roots = ["src", "crawlers"];
    // The one allowed exception: `roadmap serve` and `roadmap demo` run the same host as the service, so the CLI references the API.
    private static readonly Dictionary<string, string[]> HostReferrers = new(StringComparer.Ordinal)
    {
        ["Roadmap.Api"] = ["Roadmap.Cli"],
    };

    public static TheoryData<string> SourceProjects() =>
        [.. ProjectFiles("*.csproj").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!];

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void Project_ReferencesOnlyWhatItsLayerAllows(string project)
    {
        Allowed.ShouldContainKey(project, $"{project} is new: add its allowed references to this test");
        var references = ReferencesOf(project);

        if (Allowed[project] is not ["*"])
        {
            references.ShouldBeSubsetOf(Allowed[project]);
        }

        references.Intersect(Hosts)
            .Where(host => !(HostReferrers.TryGetValue(host, out var referrers) && referrers.Contains(project)))
            .ShouldBeEmpty("nothing references a host (only Roadmap.Cli may reference Roadmap.Api, to serve it)");
    }

    [Fact]
    public void Core_UsesNoPackages()
    {
        var csproj = XDocument.Load(ProjectPath("Roadmap.Core"));

        csproj.Descendants("PackageReference").ShouldBeEmpty("the core knows no HTTP, Lucene or database");
    }

    private static string[] ReferencesOf(string project) =>
        XDocument.Load(ProjectPath(project)).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToArray();

    private static string ProjectPath(string project) => ProjectFiles(project + ".csproj").Single();

    private static IEnumerable<string> ProjectFiles(string pattern) =>
        Roots.Select(r => Path.Combine(SharedData.RepoRoot, r)).Where(Directory.Exists)
            .SelectMany(root => Directory.GetFiles(root, pattern, SearchOption.AllDirectories));
}
