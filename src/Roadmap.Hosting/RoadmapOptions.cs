using System.ComponentModel.DataAnnotations;

namespace Roadmap.Hosting;

/// <summary><c>Roadmap:*</c>: where the data folder is (graph database, search index, service state).</summary>
public sealed class RoadmapOptions
{
    public const string Section = "Roadmap";

    /// <summary>The data folder (<c>Roadmap:Data</c>); relative paths are taken from the working folder.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Data { get; set; } = "./.roadmap";
}
