using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Roadmap.Search.Highlighting;

namespace Roadmap.Search.Indexing;

/// <summary>
/// What a result page shows of a hit, packed into one binary doc value per document. Doc values are read in place,
/// where stored fields decompress a whole block per hit: on a page of ten that decompression cost more than the
/// search. The scope is kept only as far as a snippet can reach (<see cref="MaxScope"/>); the stored fields stay the
/// complete record.
/// </summary>
internal sealed record HitDisplay(
    string Key,
    string Designation,
    string Title,
    string Body,
    string Stage,
    string? Year,
    string? Committee,
    string? Scope)
{
    /// <summary>
    /// The highlighter looks for matches in the first <see cref="Highlighter.MaxSnippetSource"/> characters and shows
    /// <see cref="Highlighter.SnippetLength"/> from a little before the best one, so this much renders the same snippet
    /// as the whole text. It also keeps the value well under Lucene's 32 kB limit.
    /// </summary>
    public const int MaxScope = Highlighter.MaxSnippetSource + (2 * Highlighter.SnippetLength) + 100;

    private const byte Absent = 0;
    private const byte Present = 1;

    public BytesRef Encode()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var value in new[] { Key, Designation, Title, Body, Stage, Year, Committee, Truncate(Scope) })
            {
                writer.Write(value is null ? Absent : Present);
                writer.Write(value ?? string.Empty);
            }
        }

        return new BytesRef(buffer.ToArray());
    }

    public static HitDisplay Read(BinaryDocValues values, int doc, BytesRef scratch)
    {
        values.Get(doc, scratch);
        using var reader = new BinaryReader(new MemoryStream(scratch.Bytes, scratch.Offset, scratch.Length, writable: false), Encoding.UTF8);
        return new HitDisplay(
            Next(reader) ?? string.Empty,
            Next(reader) ?? string.Empty,
            Next(reader) ?? string.Empty,
            Next(reader) ?? string.Empty,
            Next(reader) ?? string.Empty,
            Next(reader),
            Next(reader),
            Next(reader));
    }

    private static string? Next(BinaryReader reader)
    {
        var present = reader.ReadByte() == Present;
        var value = reader.ReadString();
        return present ? value : null;
    }

    // Cut between characters, never inside a surrogate pair.
    private static string? Truncate(string? scope)
    {
        if (scope is null || scope.Length <= MaxScope)
        {
            return scope;
        }

        var end = char.IsLowSurrogate(scope[MaxScope]) ? MaxScope - 1 : MaxScope;
        return scope[..end];
    }
}
