using System.Text;
using System.Xml;

namespace Roadmap.Reports.Rendering;

/// <summary>
/// Text made safe for XML 1.0, used wherever a report or export writes XML (DOCX, GraphML, SVG): the characters XML
/// cannot hold at all (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF; lone surrogates) are dropped. A document
/// title a site served with a stray U+0001 would otherwise stop the writer with an exception, or make a file no reader
/// opens.
/// </summary>
internal static class XmlChars
{
    /// <summary><paramref name="text"/> without the characters XML cannot hold; the same string when it has none.</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstInvalid(text);
        if (first < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
        }

        return clean.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
