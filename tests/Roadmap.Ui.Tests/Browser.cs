using System.Drawing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Roadmap.Ui.Tests;

/// <summary>Debian's headless Chromium through chromedriver, with explicit waits and full-page screenshots.</summary>
internal sealed class Browser : IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DriverFolder = "/usr/bin";
    public const string DriverName = "chromedriver";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly ChromeDriver _driver;

    public Browser(string downloads)
    {
        Downloads = downloads;
        var service = ChromeDriverService.CreateDefaultService(DriverFolder, DriverName);
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900", "--lang=en");
        options.AddUserProfilePreference("download.default_directory", downloads);
        options.AddUserProfilePreference("download.prompt_for_download", false);
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        _driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    public string Downloads { get; }

    /// <summary>Null when Chromium and chromedriver are installed; otherwise why the browser tests cannot run.</summary>
    public static string? Missing() =>
        File.Exists(ChromiumPath) && File.Exists(Path.Combine(DriverFolder, DriverName))
            ? null
            : $"Chromium ({ChromiumPath}) or chromedriver ({DriverFolder}/{DriverName}) is not installed; the browser tests need them: apt-get install -y chromium chromium-driver";

    public IWebDriver Driver => _driver;

    public void Open(Uri url) => _driver.Navigate().GoToUrl(url);

    public void Reload() => _driver.Navigate().Refresh();

    public string Url => _driver.Url;

    public void Resize(int width, int height = 900) => _driver.Manage().Window.Size = new Size(width, height);

    /// <summary>Waits until the element is present and displayed.</summary>
    public IWebElement Find(string css) => Until(d => d.FindElements(By.CssSelector(css)).FirstOrDefault(e => e.Displayed), $"an element '{css}'");

    public IReadOnlyList<IWebElement> All(string css) => _driver.FindElements(By.CssSelector(css));

    /// <summary>Waits until an element matching <paramref name="css"/> contains <paramref name="text"/>.</summary>
    public IWebElement FindWithText(string css, string text) =>
        Until(d => d.FindElements(By.CssSelector(css)).FirstOrDefault(e => e.Displayed && e.Text.Contains(text, StringComparison.OrdinalIgnoreCase)), $"'{css}' containing '{text}'");

    /// <summary>Waits until the page has rendered (the app marks &lt;main&gt; with its page name when done).</summary>
    public void WaitForPage(string page) =>
        Until(_ => Script("const m = document.getElementById('main'); return m.dataset.page === arguments[0] && m.dataset.route === location.hash && m.getAttribute('aria-busy') === 'false'", page) is true,
            $"page '{page}' rendered for the current address");

    public void Until(Func<IWebDriver, bool> condition, string what) => Until<object>(d => condition(d) ? true : null, what);

    public T Until<T>(Func<IWebDriver, T?> condition, string what)
        where T : class
    {
        var wait = new WebDriverWait(_driver, Patience) { Message = $"Waited {Patience.TotalSeconds:F0} s for {what}; at {_driver.Url}" };
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException));
        return wait.Until(d => condition(d))!;
    }

    /// <summary>The browser console's errors since the last call (script errors, failed requests).</summary>
    public IReadOnlyList<string> ConsoleErrors() =>
        [.. _driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Severe).Select(e => e.Message)];

    public object? Script(string script, params object[] args) => _driver.ExecuteScript(script, args);

    /// <summary>A PNG of the whole page at the given width.</summary>
    public string Screenshot(string folder, string name, int width)
    {
        Resize(width);
        var height = Convert.ToInt32(Script("return Math.min(4000, document.documentElement.scrollHeight)"), System.Globalization.CultureInfo.InvariantCulture);
        Resize(width, Math.Max(600, height));
        Script("window.scrollTo(0, 0)");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{name}-{width}.png");
        _driver.GetScreenshot().SaveAsFile(path);
        Resize(width);
        return path;
    }

    public void Dispose()
    {
        _driver.Quit();
        _driver.Dispose();
    }
}
