using System.Text;

namespace Roadmap.Search.Analysis;

/// <summary>
/// Makes arbitrary user input safe to analyse: control characters, lone surrogates and replacement characters become
/// spaces, whitespace collapses, and the length is capped. No real query is long; the cap bounds the work a pasted
/// document or a hostile client can cause.
/// </summary>
internal static class TextSanitizer
{
    public const int MaxQueryLength = 512;

    public static string Clean(string? text, int maxLength = MaxQueryLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        var pendingSpace = false;
        // Scanning stops once the cap is reached, so a 10 MB input costs no more than a short one.
        for (var i = 0; i < text.Length && builder.Length < maxLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (builder.Length + (pendingSpace ? 3 : 2) > maxLength)
                {
                    break;
                }

                AppendPendingSpace(builder, ref pendingSpace);
                builder.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFD' || c == '\uFEFF')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            AppendPendingSpace(builder, ref pendingSpace);
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>True when the input ends inside a word: the user is still typing it, so it is matched as a prefix.</summary>
    public static bool EndsInWord(string? text) => !string.IsNullOrEmpty(text) && char.IsLetterOrDigit(text[^1]);

    private static void AppendPendingSpace(StringBuilder builder, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            builder.Append(' ');
            pendingSpace = false;
        }
    }
}
