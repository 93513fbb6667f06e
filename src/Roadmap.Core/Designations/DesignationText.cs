using System.Text;

namespace Roadmap.Core.Designations;

/// <summary>
/// Folds the typographic noise people and web pages put into references (dash variants, odd spaces) into plain ASCII
/// hyphens and single spaces, so that each body's grammar only has to handle one spelling.
/// </summary>
internal static class DesignationText
{
    /// <summary>Longer than any real designation (the longest real one is about 90 characters); beyond this it is prose or junk.</summary>
    public const int MaxLength = 200;

    /// <summary>Returns the folded text, or null with a reason when the text cannot be a designation at all.</summary>
    public static string? Fold(string text, out string? error)
    {
        error = null;
        if (text.Length > MaxLength * 4)
        {
            error = $"The text is {text.Length} characters long; a designation is at most {MaxLength}.";
            return null;
        }

        var builder = new StringBuilder(text.Length);
        var lastWasSpace = true; // trims leading whitespace
        foreach (var c in text)
        {
            if (c == '\u00AD')
            {
                // A soft hyphen is an invisible line-break hint copied from web pages, not part of the text.
                continue;
            }

            if (IsDash(c))
            {
                builder.Append('-');
                lastWasSpace = false;
            }
            else if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
            }
            else if (char.IsControl(c) || c == '\uFFFD' || char.IsSurrogate(c) || c > '\u024F')
            {
                // Binary junk or another script: no body writes its references that way, so reading on would be guessing.
                error = $"The text contains a character that no designation uses (U+{(int)c:X4}).";
                return null;
            }
            else
            {
                builder.Append(c);
                lastWasSpace = false;
            }
        }

        var folded = builder.ToString().TrimEnd();
        if (folded.Length == 0)
        {
            error = "The text is empty.";
            return null;
        }

        if (folded.Length > MaxLength)
        {
            error = $"The text is {folded.Length} characters long; a designation is at most {MaxLength}.";
            return null;
        }

        return folded;
    }

    private static bool IsDash(char c) => c is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D';
}
