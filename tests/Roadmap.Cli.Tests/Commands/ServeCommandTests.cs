using Roadmap.Cli.Commands;

namespace Roadmap.Cli.Tests.Commands;

public sealed class ServeCommandTests
{
    [Fact]
    public void Banner_DefaultUrls_NamesTheWebUiExplorerAndGraphQL()
    {
        // Act
        var banner = ServeCommand.Banner("/data", "http://127.0.0.1:5080/;http://[::1]:5080", anonymousRead: true);

        // Assert: the UI at / first, as a reader would open it.
        banner.ShouldBe("Serving /data: web UI http://127.0.0.1:5080/, explorer http://127.0.0.1:5080/explorer, GraphQL http://127.0.0.1:5080/graphql (anonymous read on). Ctrl+C stops.");
    }
}
