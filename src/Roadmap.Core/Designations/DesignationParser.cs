using System.Diagnostics.CodeAnalysis;

namespace Roadmap.Core.Designations;

/// <summary>One parser and normaliser for every body's reference format.</summary>
/// <remarks>
/// The body is chosen from how the text starts; each body's grammar then either reads the whole text or says why not.
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

        if (EtsiDesignations.Leads(folded))
        {
            return EtsiDesignations.Parse(folded);
        }

        if (W3cDesignations.Leads(folded))
        {
            return W3cDesignations.Parse(folded);
        }

        if (IetfDesignations.Leads(folded))
        {
            return IetfDesignations.Parse(folded);
        }

        if (ItuDesignations.Leads(folded))
        {
            return ItuDesignations.Parse(folded);
        }

        if (IsoFamilyDesignations.Leads(folded))
        {
            // IEEE writes co-published standards its own way ("ISO/IEC/IEEE 8802.1Q-2016", "IEC 60076.21"); only
            // when the ISO grammar cannot read the text is the IEEE one asked, and the ISO reason wins if both fail.
            var iso = IsoFamilyDesignations.Parse(folded);
            if (iso.Success || !IeeeDesignations.Leads(folded))
            {
                return iso;
            }

            var ieee = IeeeDesignations.Parse(folded);
            return ieee.Success ? ieee : iso;
        }

        if (IeeeDesignations.Leads(folded))
        {
            return IeeeDesignations.Parse(folded);
        }

        return DesignationResult.Fail($"'{Shorten(folded)}' names no known body: a designation starts with ISO, IEC, IWA, ITU-T, ETSI, IEEE, W3C, RFC or IETF.");
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out Designation? designation)
    {
        designation = Parse(text).Value;
        return designation is not null;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
