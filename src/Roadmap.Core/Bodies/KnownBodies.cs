using Roadmap.Core.Bodies.Etsi;
using Roadmap.Core.Bodies.Ieee;
using Roadmap.Core.Bodies.Ietf;
using Roadmap.Core.Bodies.Iso;
using Roadmap.Core.Bodies.Itu;
using Roadmap.Core.Bodies.W3c;

namespace Roadmap.Core.Bodies;

/// <summary>The bodies Roadmap knows by name. Codes are the prefixes their designations use.</summary>
/// <remarks>Each body is defined in its folder; these names are shortcuts, and <see cref="All"/> comes from <see cref="BodyRegistry"/>.</remarks>
public static class KnownBodies
{
    public static readonly StandardsBody ItuT = ItuTBody.ItuT;
    public static readonly StandardsBody Iso = IsoBody.Iso;
    public static readonly StandardsBody Iec = IsoBody.Iec;
    public static readonly StandardsBody IsoIecJtc1 = IsoBody.IsoIecJtc1;
    public static readonly StandardsBody Etsi = EtsiBody.Etsi;
    public static readonly StandardsBody Ieee = IeeeBody.Ieee;
    public static readonly StandardsBody W3c = W3cBody.W3c;
    public static readonly StandardsBody Ietf = IetfBody.Ietf;

    public static IReadOnlyList<StandardsBody> All { get; } = [.. BodyRegistry.All.SelectMany(d => d.Bodies)];

    public static StandardsBody? Find(string? code) =>
        code is null ? null : All.FirstOrDefault(b => string.Equals(b.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
}
