using System.Text.RegularExpressions;
using Roadmap.TestKit;
using YamlDotNet.RepresentationModel;

namespace Roadmap.Cli.Tests.Deployment;

/// <summary>docker-compose.yml read as Compose reads it: YAML, with <c>${VAR:-default}</c> and <c>${VAR:?error}</c> taken from .env.example.</summary>
internal sealed partial class ComposeFile
{
    private readonly YamlMappingNode _root;
    private readonly IReadOnlyDictionary<string, string> _env;

    private ComposeFile(YamlMappingNode root, IReadOnlyDictionary<string, string> env) => (_root, _env) = (root, env);

    public static string PathOf(string name) => Path.Combine(SharedData.RepoRoot, name);

    /// <param name="edits">What an operator sets in their copy of .env.example (its password, above all); none: the example as is.</param>
    public static ComposeFile Load(IReadOnlyDictionary<string, string>? edits = null)
    {
        var env = File.ReadAllLines(PathOf(".env.example"))
            .Where(l => l.Contains('=', StringComparison.Ordinal) && !l.TrimStart().StartsWith('#'))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
        foreach (var (name, value) in edits ?? new Dictionary<string, string>())
        {
            env[name] = value;
        }

        var yaml = new YamlStream();
        using var reader = new StreamReader(PathOf("docker-compose.yml"));
        yaml.Load(reader);
        return new ComposeFile((YamlMappingNode)yaml.Documents[0].RootNode, env);
    }

    public IReadOnlyDictionary<string, string> DotEnv => _env;

    public YamlMappingNode RootNode => _root;

    public YamlMappingNode Service(string name) => (YamlMappingNode)Map(_root, "services").Children[new YamlScalarNode(name)];

    public IEnumerable<string> ServiceNames => Map(_root, "services").Children.Keys.Select(k => ((YamlScalarNode)k).Value!);

    public IEnumerable<string> VolumeNames => Map(_root, "volumes").Children.Keys.Select(k => ((YamlScalarNode)k).Value!);

    public static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    public static IReadOnlyList<string> List(YamlMappingNode node, string key) =>
        ((YamlSequenceNode)node.Children[new YamlScalarNode(key)]).Children.Select(c => ((YamlScalarNode)c).Value!).ToList();

    public static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    /// <summary>A service's environment with Compose's interpolation applied.</summary>
    public IReadOnlyDictionary<string, string> Environment(string service) =>
        Map(Service(service), "environment").Children.ToDictionary(
            e => ((YamlScalarNode)e.Key).Value!, e => Interpolate(((YamlScalarNode)e.Value).Value ?? ""), StringComparer.Ordinal);

    public string Interpolate(string value) => Variable().Replace(value, m =>
    {
        var name = m.Groups["name"].Value;
        if (_env.TryGetValue(name, out var set) && set.Length > 0)
        {
            return set;
        }

        return m.Groups["op"].Value == ":-" ? m.Groups["arg"].Value : throw new InvalidOperationException($"{name} is required: {m.Groups["arg"].Value}");
    });

    [GeneratedRegex(@"\$\{(?<name>[A-Z0-9_]+)(?:(?<op>:-|:\?)(?<arg>[^}]*))?\}")]
    private static partial Regex Variable();
}
