using Roadmap.Core.Bodies.Etsi;
using Roadmap.Core.Bodies.Ieee;
using Roadmap.Core.Bodies.Ietf;
using Roadmap.Core.Bodies.Iso;
using Roadmap.Core.Bodies.Itu;
using Roadmap.Core.Bodies.W3c;

namespace Roadmap.Core.Bodies;

/// <summary>Every standards body Roadmap knows: adding one is a folder under <c>Core/Bodies/</c> and one line here.</summary>
public static class BodyRegistry
{
    /// <summary>
    /// The bodies in the order <see cref="Designations.DesignationParser"/> asks their grammars: the first that leads
    /// owns the text. Bodies with an unmistakable prefix come first; ISO before IEEE, whose grammar also leads on
    /// co-published forms ("ISO/IEC/IEEE …") and reads them only when ISO's cannot.
    /// </summary>
    public static IReadOnlyList<IBodyDescriptor> All { get; } =
        [EtsiBody.Instance, W3cBody.Instance, IetfBody.Instance, ItuTBody.Instance, IsoBody.Instance, IeeeBody.Instance];

    /// <summary>The descriptor whose folder holds the body with this code (case-insensitive), e.g. ISO's for <c>IEC</c>.</summary>
    public static IBodyDescriptor? Find(string? code) =>
        code is null ? null : All.FirstOrDefault(d => d.Bodies.Any(b => string.Equals(b.Code, code.Trim(), StringComparison.OrdinalIgnoreCase)));
}
