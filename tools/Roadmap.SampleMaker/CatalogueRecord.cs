using System.Text.Json.Nodes;

namespace Roadmap.SampleMaker;

/// <summary>One catalogue line with its position in the source file, which identifies it when docids repeat.</summary>
internal sealed record CatalogueRecord(int Index, JsonObject Json)
{
    public string Sdo => Json.Text("sdo") ?? "";

    public string Designation => Json.Text("designation") ?? "";

    public string DocId => Json.Text("docid") ?? "";

    public string? Title => Json.Text("title");

    public string? Status => Json.Text("status");

    public string? Date => Json.Text("date");

    public string? Committee => Json.Text("committee");
}
