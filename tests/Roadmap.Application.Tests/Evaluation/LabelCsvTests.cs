using Roadmap.Application.Evaluation;
using Roadmap.TestKit;

namespace Roadmap.Application.Tests.Evaluation;

public sealed class LabelCsvTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Read_QuotedFieldsWithCommasQuotesAndLineBreaks_RowsByHeader()
    {
        // Arrange
        var path = Write("a,b,c\nx,\"y, \"\"quoted\"\"\",\"two\nlines\"\n\nz,,w\n");

        // Act
        var rows = LabelCsv.Read(path, "a", "c");

        // Assert
        rows.Count.ShouldBe(2);
        (rows[0]["a"], rows[0]["b"], rows[0]["c"]).ShouldBe(("x", "y, \"quoted\"", "two\nlines"));
        (rows[1]["a"], rows[1]["b"], rows[1]["c"]).ShouldBe(("z", "", "w"));
    }

    [Theory]
    [InlineData("a,b\n1,2,3\n", "line 2 has 3 field(s), the header 2")]
    [InlineData("a,b\n1,\"2\n", "line 2: a quoted field is not closed")]
    [InlineData("a\n1\n", "missing column(s) b")]
    [InlineData("", "empty file")]
    public void Read_MalformedFile_RefusedNamingTheProblem(string text, string problem)
    {
        // Arrange
        var path = Write(text);

        // Act
        var error = Should.Throw<LabelFileException>(() => LabelCsv.Read(path, "a", "b"));

        // Assert
        error.Message.ShouldContain(problem);
    }

    [Fact]
    public void Read_MissingFile_RefusedWithItsPath()
    {
        // Act
        var error = Should.Throw<LabelFileException>(() => LabelCsv.Read(Path.Combine(_dir.Root, "none.csv")));

        // Assert
        error.Message.ShouldEndWith("none.csv: no such file");
    }

    public void Dispose() => _dir.Dispose();

    private string Write(string text)
    {
        var path = Path.Combine(_dir.Root, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        return path;
    }
}
