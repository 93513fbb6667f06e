using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Roadmap.Reports.Rendering;

namespace Roadmap.Reports.Exports;

/// <summary>
/// GraphML for graph tools (Gephi, yEd): nodes for documents, committees, bodies, topics and (with gaps) gaps; edges
/// for document relations, committee membership and hierarchy, topic assignments and the taxonomy's tree, gap topics
/// and evidence, and (with overlaps) overlaps. Every node and edge carries a <c>kind</c>. Relation targets the graph
/// does not hold yet become nodes marked <c>external</c>, so every edge has both ends. Every id and text passes
/// <see cref="XmlChars.Strip"/> (node ids and edge ends alike, so they still match).
/// </summary>
public static class GraphMlExporter
{
    public static readonly XNamespace Ns = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Type)[] Keys =
    [
        ("kind", "node", "string"), ("label", "node", "string"), ("title", "node", "string"), ("body", "node", "string"),
        ("stage", "node", "string"), ("published", "node", "string"), ("external", "node", "boolean"), ("weight", "node", "double"),
        ("status", "node", "string"), ("priority", "node", "double"),
        ("kind", "edge", "string"), ("type", "edge", "string"), ("score", "edge", "double"),
    ];

    public static void Write(ExportData data, ExportSet set, Stream output)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false), NewLineChars = "\n" });
        Build(data, set).Save(writer);
    }

    public static XDocument Build(ExportData data, ExportSet set)
    {
        ArgumentNullException.ThrowIfNull(data);
        var graph = new XElement(Ns + "graph", new XAttribute("id", "roadmap"), new XAttribute("edgedefault", "directed"));
        var nodes = new Nodes(graph);
        var edges = new List<XElement>();
        foreach (var body in data.Bodies)
        {
            nodes.Add(BodyId(body), "body", ("label", body));
        }

        foreach (var committee in data.Committees)
        {
            nodes.Add(CommitteeId(committee.Key), "committee", ("label", committee.Key), ("title", committee.Title), ("body", committee.Body));
            edges.Add(Edge(CommitteeId(committee.Key), BodyId(committee.Body), "committee-body"));
            if (committee.ParentKey is { } parent)
            {
                nodes.AddExternal(CommitteeId(parent), "committee", parent);
                edges.Add(Edge(CommitteeId(committee.Key), CommitteeId(parent), "committee-parent"));
            }
        }

        foreach (var document in data.Documents)
        {
            nodes.Add(DocumentId(document.Key), "document", ("label", document.Designation), ("title", document.Title), ("body", document.Body),
                ("stage", document.Lifecycle.Stage.ToString()), ("published", document.Published?.ToString()), ("external", "false"));
            edges.Add(Edge(DocumentId(document.Key), BodyId(document.Body), "document-body"));
            if (document.CommitteeKey is { } committee)
            {
                nodes.AddExternal(CommitteeId(committee), "committee", committee);
                edges.Add(Edge(DocumentId(document.Key), CommitteeId(committee), "membership"));
            }
        }

        foreach (var relation in data.Relations)
        {
            nodes.AddExternal(DocumentId(relation.FromKey), "document", relation.FromKey);
            nodes.AddExternal(DocumentId(relation.ToKey), "document", relation.ToKey);
            edges.Add(Edge(DocumentId(relation.FromKey), DocumentId(relation.ToKey), "relation", relation.Type.ToString()));
        }

        foreach (var topic in data.Taxonomy.Nodes)
        {
            nodes.Add(TopicId(topic.Id), "topic", ("label", topic.Name), ("title", topic.Scope), ("weight", Number(topic.Weight)));
            if (topic.ParentId is { } parent)
            {
                edges.Add(Edge(TopicId(topic.Id), TopicId(parent), "topic-parent"));
            }
        }

        foreach (var assignment in data.Assignments)
        {
            edges.Add(Edge(DocumentId(assignment.DocumentKey), TopicId(assignment.TopicId), "topic-assignment", assignment.Pinned ? "pinned" : "rule", assignment.Score));
        }

        if (set is ExportSet.Gaps or ExportSet.All)
        {
            foreach (var gap in data.Gaps)
            {
                nodes.Add(gap.Id, "gap", ("label", gap.Statement), ("status", gap.Status.ToString()), ("priority", Number(gap.Priority)));
                edges.Add(Edge(gap.Id, TopicId(gap.TopicId), "gap-topic"));
                foreach (var evidence in gap.Evidence)
                {
                    nodes.AddExternal(DocumentId(evidence.DocumentKey), "document", evidence.DocumentKey);
                    edges.Add(Edge(gap.Id, DocumentId(evidence.DocumentKey), "gap-evidence", evidence.Mapping.ToString(), evidence.Confidence));
                }
            }
        }

        if (set is ExportSet.Overlaps or ExportSet.All)
        {
            edges.AddRange(data.Overlaps.Select(o => Edge(DocumentId(o.FirstKey), DocumentId(o.SecondKey), "overlap", o.KnownRelation?.ToString() ?? "unknown", o.Score)));
        }

        for (var i = 0; i < edges.Count; i++)
        {
            edges[i].SetAttributeValue("id", "e" + i.ToString(CultureInfo.InvariantCulture));
        }

        graph.Add(edges);
        var root = new XElement(Ns + "graphml",
            Keys.Select(k => new XElement(Ns + "key", new XAttribute("id", $"{k.For[0]}_{k.Id}"), new XAttribute("for", k.For), new XAttribute("attr.name", k.Id), new XAttribute("attr.type", k.Type))),
            graph);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    public static string DocumentId(string key) => "doc:" + key;

    public static string CommitteeId(string key) => "committee:" + key;

    public static string BodyId(string code) => "body:" + code;

    public static string TopicId(string id) => "topic:" + id;

    private static XElement Edge(string source, string target, string kind, string? type = null, double? score = null)
    {
        var edge = new XElement(Ns + "edge", new XAttribute("source", XmlChars.Strip(source)), new XAttribute("target", XmlChars.Strip(target)), Data("e_kind", kind));
        if (type is not null)
        {
            edge.Add(Data("e_type", type));
        }

        if (score is { } s)
        {
            edge.Add(Data("e_score", Number(s)));
        }

        return edge;
    }

    private static XElement Data(string key, string value) => new(Ns + "data", new XAttribute("key", key), XmlChars.Strip(value));

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>The graph's nodes, each added once; a node first met as an edge's end is marked external.</summary>
    private sealed class Nodes(XElement graph)
    {
        private readonly Dictionary<string, XElement> _byId = new(StringComparer.Ordinal);

        public void Add(string id, string kind, params (string Key, string? Value)[] data)
        {
            var node = new XElement(Ns + "node", new XAttribute("id", XmlChars.Strip(id)), Data("n_kind", kind));
            node.Add(data.Where(d => d.Value is not null).Select(d => Data("n_" + d.Key, d.Value!)));
            if (_byId.TryGetValue(id, out var external))
            {
                external.ReplaceWith(node);
            }
            else
            {
                graph.Add(node);
            }

            _byId[id] = node;
        }

        public void AddExternal(string id, string kind, string label)
        {
            if (!_byId.ContainsKey(id))
            {
                Add(id, kind, ("label", label), ("external", "true"));
            }
        }
    }
}
