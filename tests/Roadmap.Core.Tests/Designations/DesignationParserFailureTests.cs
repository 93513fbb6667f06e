using Roadmap.Core.Designations;

namespace Roadmap.Core.Tests.Designations;

public sealed class DesignationParserFailureTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("hello world")]
    [InlineData("ISO")]
    [InlineData("ISO/IEC")]
    [InlineData("ITU-T")]
    [InlineData("IEEE")]
    [InlineData("ETSI")]
    [InlineData("W3C")]
    [InlineData("RFC")]
    [InlineData("x1401")]
    [InlineData("ISO 9001:2015 Quality management")]
    [InlineData("ISO 1234/Amd")]
    [InlineData("ISO/DIS")]
    [InlineData("ISO/TR 23455:2019/Foo 1")]
    [InlineData("ITU-T X.1401 (11/2019) extra")]
    [InlineData("ETSI XYZ 123")]
    [InlineData("\u0000\u0001\u0002ISO 9001")]
    [InlineData("ISO 9001\uFFFD")]
    [InlineData("ISO 9001 \u0418\u0421\u041E")]
    public void Parse_NotADesignation_FailsWithReason(string input)
    {
        var result = DesignationParser.Parse(input);

        result.Success.ShouldBeFalse($"{input} -> {result.Value?.Key}");
        result.Error.ShouldNotBeNullOrWhiteSpace();
        result.Error!.Length.ShouldBeGreaterThan(10);
        DesignationParser.TryParse(input, out var none).ShouldBeFalse();
        none.ShouldBeNull();
    }

    [Fact]
    public void Parse_Null_FailsWithReason()
    {
        var result = DesignationParser.Parse(null);

        result.Success.ShouldBeFalse();
        result.Error.ShouldContain("null");
    }

    [Fact]
    public void Parse_TenKilobytes_FailsSayingItIsTooLong()
    {
        var result = DesignationParser.Parse("ISO " + new string('1', 10_240));

        result.Success.ShouldBeFalse();
        result.Error.ShouldContain("long");
    }

    [Fact]
    public void Parse_RandomBinaryJunk_NeverThrows()
    {
        var random = new Random(20240719);
        for (var i = 0; i < 2_000; i++)
        {
            var chars = new char[random.Next(0, 120)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = (char)random.Next(0, i % 2 == 0 ? 0x80 : 0xFFFF);
            }

            Should.NotThrow(() => DesignationParser.Parse(new string(chars)));
        }
    }

    [Theory]
    [InlineData("ISO ")]
    [InlineData("ITU-T X.")]
    [InlineData("IEEE Std ")]
    [InlineData("ETSI TS ")]
    [InlineData("W3C REC-")]
    public void Parse_PrefixThenNoise_NeverThrows(string prefix)
    {
        var random = new Random(7);
        const string alphabet = "0123456789./-:() AaDdIiSsTtRrPpVv";
        for (var i = 0; i < 2_000; i++)
        {
            var tail = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var text = prefix + tail;
            var result = Should.NotThrow(() => DesignationParser.Parse(text));
            if (result.Success)
            {
                // Whatever is accepted must be stable under re-parsing.
                var again = DesignationParser.Parse(result.Value!.Display);
                again.Value.ShouldNotBeNull(text);
                again.Value!.Key.ShouldBe(result.Value.Key, text);
                again.Value.Display.ShouldBe(result.Value.Display, text);
            }
        }
    }
}
