namespace Roadmap.Core.Designations;

/// <summary>
/// A parsed document reference. <see cref="Key"/> identifies the document whatever the edition, case, spacing or dashes;
/// <see cref="Display"/> is the canonical form with the edition.
/// </summary>
public sealed record Designation
{
    /// <summary>Body code: <c>ISO</c> (also for ISO/IEC, ISO/IEEE …), <c>IEC</c>, <c>ITU-T</c>, <c>ETSI</c>, <c>IEEE</c>, <c>W3C</c>, <c>IETF</c>.</summary>
    public required string Body { get; init; }

    /// <summary>Canonical, edition-free identity, e.g. <c>ISO/IEC TR 23455</c>, <c>ITU-T X.1401</c>, <c>ETSI GS PDL 012</c>, <c>IEEE 2418.2</c>, <c>W3C did-core</c>.</summary>
    public required string Key { get; init; }

    /// <summary>Canonical form including the edition, e.g. <c>ISO/IEC TR 23455:2019</c>, <c>ITU-T X.1401 (11/2019)</c>.</summary>
    public required string Display { get; init; }

    /// <summary>The publishing organisations as written in the reference, e.g. <c>ISO/IEC</c>; null when only the body.</summary>
    public string? Publisher { get; init; }

    /// <summary>Deliverable type token: ISO <c>TR</c>, <c>TS</c>, <c>PAS</c>, <c>Guide</c>…; ETSI <c>GS</c>, <c>TS</c>, <c>EN</c>…; ITU-T <c>Suppl</c>; null for a plain standard.</summary>
    public string? Type { get; init; }

    /// <summary>The document number with its part, e.g. <c>23455</c>, <c>27001-1</c>, <c>X.1401</c>, <c>PDL 012</c>, <c>2418.2</c>, <c>did-core</c>.</summary>
    public required string Number { get; init; }

    /// <summary>A draft or project marker that does not change identity: ISO <c>DIS</c>, <c>CD</c>, <c>AWI</c>…; IEEE <c>P</c>.</summary>
    public string? DraftPrefix { get; init; }

    /// <summary>The edition as the body writes it: <c>2019</c>, <c>11/2019</c>, <c>V1.2.1</c>, <c>20220719</c>.</summary>
    public string? Edition { get; init; }

    /// <summary>The year the edition carries, when it has one.</summary>
    public int? Year { get; init; }

    /// <summary>For an amendment, corrigendum or similar: what it is. Its <see cref="Key"/> then names the amended base edition too.</summary>
    public DesignationSupplement? Supplement { get; init; }

    /// <summary>For a supplement, the key of the base document; otherwise null.</summary>
    public string? BaseKey { get; init; }

    /// <summary>A version marker that is not the edition date: ITU-T <c>V14</c> in <c>ITU-T H.264 (V14) (08/2021)</c>.</summary>
    public string? Version { get; init; }

    /// <summary>The iteration of a draft stage, e.g. 2 in <c>ISO/CD 16602-1.2</c> (the second CD); not part of the identity.</summary>
    public int? DraftIteration { get; init; }

    public override string ToString() => Display;
}
