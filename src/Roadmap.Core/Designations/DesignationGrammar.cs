namespace Roadmap.Core.Designations;

/// <summary>One body's designation grammar, over text already folded by <see cref="DesignationText.Fold"/>.</summary>
/// <param name="Leads">True when the text starts the way this body's designations start; the grammar then owns it.</param>
/// <param name="Parse">Reads the whole text or says why not.</param>
public sealed record DesignationGrammar(Func<string, bool> Leads, Func<string, DesignationResult> Parse)
{
    /// <summary>
    /// Codes of bodies whose text this grammar is asked to read when their own grammar cannot: IEEE writes co-published
    /// standards its own way ("ISO/IEC/IEEE 8802.1Q-2016"). The owner's reason wins if this grammar fails too.
    /// </summary>
    public IReadOnlyList<string> ReadsWhatFails { get; init; } = [];
}
