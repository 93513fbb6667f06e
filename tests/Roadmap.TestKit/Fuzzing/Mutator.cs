using System.Globalization;
using System.Text;

namespace Roadmap.TestKit.Fuzzing;

/// <summary>
/// Makes malformed inputs from real ones, deterministically: the same seed gives the same sequence of mutations, so a
/// failing input is replayed by its number. <paramref name="json"/> picks JSON-shaped nesting and huge values over markup.
/// </summary>
public sealed class Mutator(int seed, bool json)
{
    private static readonly MutationKind[] Kinds = Enum.GetValues<MutationKind>();
    private static readonly string[] HugeNumbers = ["1" + new string('0', 400), "1e999999", "-9223372036854775809", "18446744073709551616", "NaN", "-0.0e-999999", "0x7fffffff"];
    private readonly Random _random = new(seed);

    public int Seed => seed;

    /// <summary>The next mutation kind in turn (every kind gets the same share) applied to <paramref name="source"/>.</summary>
    public (MutationKind Kind, byte[] Bytes) Next(int index, byte[] source)
    {
        var kind = Kinds[index % Kinds.Length];
        return (kind, Apply(kind, source));
    }

    public byte[] Apply(MutationKind kind, byte[] source) => kind switch
    {
        MutationKind.Truncate => source[.._random.Next(source.Length + 1)],
        MutationKind.ByteFlip => Flip(source),
        MutationKind.Utf16 => Utf16(source),
        MutationKind.Latin1 => Encoding.Latin1.GetBytes(Text(source)),
        MutationKind.DeepNesting => Insert(source, Nesting()),
        MutationKind.HugeAttribute => Insert(source, HugeValue()),
        MutationKind.NulBytes => Nuls(source),
        MutationKind.InvalidJson => Break(source),
        MutationKind.HugeNumber => HugeNumber(source),
        MutationKind.Splice => Splice(source),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private byte[] Flip(byte[] source)
    {
        var bytes = (byte[])source.Clone();
        for (var i = 0; i < _random.Next(1, 33) && bytes.Length > 0; i++)
        {
            bytes[_random.Next(bytes.Length)] = (byte)_random.Next(256);
        }

        return bytes;
    }

    private byte[] Utf16(byte[] source)
    {
        Encoding encoding = _random.Next(2) == 0 ? new UnicodeEncoding(false, false) : new UnicodeEncoding(true, false);
        var body = encoding.GetBytes(Text(source));
        return _random.Next(2) == 0 ? [.. encoding.GetPreamble(), .. body] : body;
    }

    private string Nesting()
    {
        var depth = _random.Next(500, 5_000);
        if (json)
        {
            var (open, close) = _random.Next(2) == 0 ? ("[", "]") : ("{\"a\":", "}");
            return string.Concat(Enumerable.Repeat(open, depth)) + "1" + (_random.Next(3) == 0 ? string.Empty : string.Concat(Enumerable.Repeat(close, depth)));
        }

        var tag = new[] { "div", "table", "span", "b", "td", "a" }[_random.Next(6)];
        return string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + "x" + (_random.Next(3) == 0 ? string.Empty : string.Concat(Enumerable.Repeat($"</{tag}>", depth)));
    }

    private string HugeValue()
    {
        var value = new string((char)('a' + _random.Next(26)), _random.Next(64 * 1024, 256 * 1024));
        return json ? $"\"title\":\"{value}\"," : $"<a href=\"/{value}\" title=\"{value}\">";
    }

    private byte[] Insert(byte[] source, string insertion)
    {
        var at = _random.Next(source.Length + 1);
        return [.. source.AsSpan(0, at), .. Encoding.UTF8.GetBytes(insertion), .. source.AsSpan(at)];
    }

    private byte[] Nuls(byte[] source)
    {
        var bytes = new List<byte>(source);
        for (var i = 0; i < _random.Next(1, 65); i++)
        {
            bytes.Insert(_random.Next(bytes.Count + 1), 0);
        }

        return [.. bytes];
    }

    private byte[] Break(byte[] source)
    {
        var text = new StringBuilder(Text(source));
        const string structural = "{}[]\":,<>=/";
        for (var i = 0; i < _random.Next(1, 9); i++)
        {
            var positions = Enumerable.Range(0, text.Length).Where(p => structural.Contains(text[p], StringComparison.Ordinal)).ToList();
            if (positions.Count == 0)
            {
                text.Append(structural[_random.Next(structural.Length)]);
                continue;
            }

            var at = positions[_random.Next(positions.Count)];
            switch (_random.Next(3))
            {
                case 0: text.Remove(at, 1); break;
                case 1: text.Insert(at, text[at]); break;
                default: text[at] = structural[_random.Next(structural.Length)]; break;
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private byte[] HugeNumber(byte[] source)
    {
        var text = Text(source);
        var digits = Enumerable.Range(0, text.Length).Where(p => char.IsAsciiDigit(text[p]) && (p == 0 || !char.IsAsciiDigit(text[p - 1]))).ToList();
        var number = HugeNumbers[_random.Next(HugeNumbers.Length)];
        if (digits.Count == 0)
        {
            return Insert(source, number);
        }

        var start = digits[_random.Next(digits.Count)];
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, start), number, text.AsSpan(end)));
    }

    private byte[] Splice(byte[] source)
    {
        if (source.Length == 0)
        {
            return source;
        }

        var from = _random.Next(source.Length);
        var length = _random.Next(1, Math.Min(source.Length - from, 4096) + 1);
        var at = _random.Next(source.Length + 1);
        return [.. source.AsSpan(0, at), .. source.AsSpan(from, length), .. source.AsSpan(at)];
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Mutator(seed {seed}, {(json ? "json" : "markup")})");
}
