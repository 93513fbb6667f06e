namespace Roadmap.Core.Bodies;

/// <summary>The bodies Roadmap knows by name. Codes are the prefixes their designations use.</summary>
public static class KnownBodies
{
    public static readonly StandardsBody ItuT = new("ITU-T", "ITU Telecommunication Standardization Sector", "https://www.itu.int/ITU-T");
    public static readonly StandardsBody Iso = new("ISO", "International Organization for Standardization", "https://www.iso.org");
    public static readonly StandardsBody Iec = new("IEC", "International Electrotechnical Commission", "https://www.iec.ch");
    public static readonly StandardsBody IsoIecJtc1 = new("ISO/IEC JTC 1", "ISO/IEC Joint Technical Committee 1, Information technology", "https://jtc1info.org");
    public static readonly StandardsBody Etsi = new("ETSI", "European Telecommunications Standards Institute", "https://www.etsi.org");
    public static readonly StandardsBody Ieee = new("IEEE", "IEEE Standards Association", "https://standards.ieee.org");
    public static readonly StandardsBody W3c = new("W3C", "World Wide Web Consortium", "https://www.w3.org");
    public static readonly StandardsBody Ietf = new("IETF", "Internet Engineering Task Force", "https://www.ietf.org");

    public static IReadOnlyList<StandardsBody> All { get; } = [ItuT, Iso, Iec, IsoIecJtc1, Etsi, Ieee, W3c, Ietf];

    public static StandardsBody? Find(string? code) =>
        code is null ? null : All.FirstOrDefault(b => string.Equals(b.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
}
