using System.Text;

namespace Roadmap.Reports.Rendering;

internal static class Utf8
{
    /// <summary>UTF-8 without a byte order mark, for text outputs.</summary>
    public static readonly Encoding NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A writer with <c>\n</c> line ends whatever the platform, left open on the stream.</summary>
    public static StreamWriter Writer(Stream output) => new(output, NoBom, bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\n" };
}
