using Roadmap.Core.Bodies;
using Roadmap.Core.Committees;

namespace Roadmap.Ingest.IsoOpenData;

/// <summary>Committee nodes for an ISO/IEC committee reference and every committee above it.</summary>
public static class IsoCommittees
{
    public static IReadOnlyList<Committee> WithAncestors(string key)
    {
        var chain = new List<Committee>();
        for (var current = key; current is not null; current = CommitteeKeys.ParentOf(current))
        {
            chain.Add(new Committee { Key = current, Body = BodyOf(current), ParentKey = CommitteeKeys.ParentOf(current) });
        }

        return chain;
    }

    public static string BodyOf(string committeeKey) =>
        committeeKey.StartsWith("ISO/IEC JTC 1", StringComparison.Ordinal) ? KnownBodies.IsoIecJtc1.Code
        : committeeKey.StartsWith("IEC", StringComparison.Ordinal) ? KnownBodies.Iec.Code
        : committeeKey.StartsWith("ISO", StringComparison.Ordinal) ? KnownBodies.Iso.Code
        : committeeKey.Split(' ', '/')[0];
}
