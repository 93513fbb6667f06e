namespace Roadmap.TestKit.Fuzzing;

/// <summary>How a fuzz input was made from a real page or feed line.</summary>
public enum MutationKind
{
    /// <summary>Cut off at a random byte (mid tag, mid string, mid UTF-8 sequence).</summary>
    Truncate,

    /// <summary>1–32 random bytes overwritten with random values.</summary>
    ByteFlip,

    /// <summary>The text re-encoded as UTF-16 (either byte order, with or without a byte order mark).</summary>
    Utf16,

    /// <summary>The text re-encoded as Latin-1: accented letters become bytes that are not UTF-8.</summary>
    Latin1,

    /// <summary>500–5 000 nested elements, or nested JSON arrays and objects, inserted at a random point.</summary>
    DeepNesting,

    /// <summary>An attribute or string value of 64–256 kB.</summary>
    HugeAttribute,

    /// <summary>NUL bytes scattered through the input.</summary>
    NulBytes,

    /// <summary>Structure broken: brackets, quotes, colons and commas removed, doubled or swapped.</summary>
    InvalidJson,

    /// <summary>A number replaced by one far out of range (400 digits, 1e999999, -9223372036854775809, NaN).</summary>
    HugeNumber,

    /// <summary>A random chunk of the input copied to a random place (tags and keys crossing their boundaries).</summary>
    Splice,
}
