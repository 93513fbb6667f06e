using System.ComponentModel.DataAnnotations;

namespace Roadmap.Hosting;

/// <summary><c>Roadmap:*</c>: where the data folder is (graph database, search index, service state) and what this instance does.</summary>
public sealed class RoadmapOptions
{
    public const string Section = "Roadmap";

    /// <summary>The data folder (<c>Roadmap:Data</c>); relative paths are taken from the working folder.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Data { get; set; } = "./.roadmap";

    /// <summary>
    /// What this service instance does (<c>Roadmap:Role</c>): <see cref="ServiceRole.All"/>, <see cref="ServiceRole.Api"/> or
    /// <see cref="ServiceRole.Worker"/>. Registrations read it through <see cref="ServiceRoles.GetServiceRole"/>, which refuses a bad value.
    /// </summary>
    public ServiceRole Role { get; set; } = ServiceRole.All;
}
