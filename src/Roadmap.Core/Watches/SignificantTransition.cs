namespace Roadmap.Core.Watches;

/// <summary>One row of schema/significant-transitions.csv: entering a code of a body's scheme is significant.</summary>
/// <param name="Scheme">The lifecycle scheme (<c>iso-stage</c>, <c>itu-status</c>, <c>w3c-maturity</c>, <c>ieee-status</c>, <c>etsi</c>).</param>
/// <param name="Code">The body's code; a trailing <c>*</c> matches any code starting with what is before it (<c>40.*</c>).</param>
/// <param name="Label">What people call it (<c>DIS</c>, <c>AAP last call</c>).</param>
public sealed record SignificantTransition(string Scheme, string Code, string Label)
{
    public bool Covers(string? code) =>
        code is not null && (Code.EndsWith('*')
            ? code.StartsWith(Code[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(code, Code, StringComparison.OrdinalIgnoreCase));
}
