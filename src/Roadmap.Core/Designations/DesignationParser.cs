using System.Diagnostics.CodeAnalysis;
using Roadmap.Core.Bodies;

namespace Roadmap.Core.Designations;

/// <summary>One parser and normaliser for every body's reference format.</summary>
/// <remarks>
/// The body is chosen from how the text starts, asking the grammars of <see cref="BodyRegistry.All"/> in order; the
/// body's grammar then either reads the whole text or says why not.
/// Nothing is guessed: text that no grammar reads completely is a failure with a reason.
/// </remarks>
public static class DesignationParser
{
    public static DesignationResult Parse(string? text)
    {
        if (text is null)
        {
            return DesignationResult.Fail("No designation was given (null).");
        }

        var folded = DesignationText.Fold(text, out var error);
        if (folded is null)
        {
            return DesignationResult.Fail(error ?? "The text cannot be a designation.");
        }

        foreach (var body in BodyRegistry.All)
        {
            if (body.Designations.Leads(folded))
            {
                var result = body.Designations.Parse(folded);
                return result.Success ? result : ReadByAnother(body, folded) ?? result;
            }
        }

        return DesignationResult.Fail($"'{Shorten(folded)}' names no known body: a designation starts with ISO, IEC, IWA, ITU-T, ETSI, IEEE, W3C, RFC or IETF.");
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out Designation? designation)
    {
        designation = Parse(text).Value;
        return designation is not null;
    }

    // IEEE writes co-published standards its own way ("ISO/IEC/IEEE 8802.1Q-2016", "IEC 60076.21"): only when the
    // owning grammar cannot read the text is a grammar that reads such forms asked, and the owner's reason wins if both fail.
    private static DesignationResult? ReadByAnother(IBodyDescriptor owner, string folded)
    {
        var code = owner.Bodies[0].Code;
        foreach (var other in BodyRegistry.All)
        {
            if (!ReferenceEquals(other, owner) && other.Designations.ReadsWhatFails.Contains(code, StringComparer.Ordinal) && other.Designations.Leads(folded))
            {
                var result = other.Designations.Parse(folded);
                if (result.Success)
                {
                    return result;
                }
            }
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
