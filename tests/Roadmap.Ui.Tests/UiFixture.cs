namespace Roadmap.Ui.Tests;

/// <summary>
/// One host and one browser for the whole assembly (tests run one at a time, see AssemblyInfo.cs): the demo data and
/// Chromium start once, and every test starts from a fresh tab state (no key, the page it opens).
/// </summary>
public sealed class UiFixture : IAsyncLifetime
{
    private UiHost? _host;
    private Browser? _browser;
    private string? _skip;

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>The running host; skips the calling test when Chromium is absent (there is no host then).</summary>
    internal UiHost Host
    {
        get
        {
            Assert.SkipWhen(_skip is not null, _skip ?? "");
            return _host!;
        }
    }

    internal Browser Browser => _browser!;

    public async ValueTask InitializeAsync()
    {
        _skip = Browser.Missing();
        if (_skip is not null)
        {
            return;
        }

        _host = new UiHost();
        await _host.StartAsync(TestContext.Current.CancellationToken);
        var downloads = Path.Combine(_host.DataPath, "..", "downloads");
        Directory.CreateDirectory(downloads);
        _browser = new Browser(Path.GetFullPath(downloads));
    }

    /// <summary>Skips the calling test when Chromium is absent; otherwise opens the UI at <paramref name="hash"/> with no key.</summary>
    internal Browser Start(string hash = "")
    {
        Assert.SkipWhen(_skip is not null, _skip ?? "");
        Browser.Resize(1280);
        Browser.Open(new Uri(Host.Address, "/"));
        Browser.Script("sessionStorage.clear()");
        Browser.Open(new Uri(Host.Address, "/" + hash));
        Browser.Reload();
        _ = Browser.ConsoleErrors(); // drop what earlier tests left in the log
        return Browser;
    }

    /// <summary>Enters an API key through the header's form, as a person would, and waits until the server has accepted it.</summary>
    internal void SignIn(string key, string role)
    {
        Browser.Find("#key-toggle").Click();
        var input = Browser.Find("#api-key");
        input.SendKeys(key);
        input.SendKeys(OpenQA.Selenium.Keys.Enter);
        Browser.FindWithText("#viewer", role);
    }

    public async ValueTask DisposeAsync()
    {
        _browser?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
