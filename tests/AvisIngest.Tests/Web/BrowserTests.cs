using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using Xunit.Abstractions;

namespace AvisIngest.Tests.Web;

/// <summary>
/// Runs only where Debian's chromium and chromium-driver are installed (.ci/run installs them);
/// elsewhere it is skipped with the command that installs them. Under CI it always runs.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromeDriver = "/usr/bin/chromedriver";
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!(File.Exists(ChromeDriver) && File.Exists(Chromium)) && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = "navigateur absent : apt-get install -y chromium chromium-driver";
    }
}

public class BrowserTests(WebServerFixture server, ITestOutputHelper output) : IClassFixture<WebServerFixture>
{
    [BrowserFact]
    public void Staff_search_hydrogene_see_the_ceit_opinion_and_open_it()
    {
        using var profile = TestFiles.NewTempFolder();
        Environment.SetEnvironmentVariable("SE_OFFLINE", "true"); // Selenium must not look for drivers online
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(BrowserFactAttribute.ChromeDriver)!, "chromedriver");
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = BrowserFactAttribute.Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000", $"--user-data-dir={profile.Path}");
        using var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        var wait = new WebDriverWait(driver, TimeSpan.FromSeconds(20));

        driver.Navigate().GoToUrl(server.BaseUrl);
        var box = driver.FindElement(By.Name("q"));
        box.SendKeys("hydrogene");
        driver.FindElement(By.CssSelector("form.search button")).Click();

        var total = wait.Until(d => d.FindElement(By.Id("total")));
        Assert.Equal("1 avis correspond à « hydrogene ».", total.Text);
        var hit = driver.FindElement(By.CssSelector(".hit h2"));
        Assert.Contains("CMQe CEIT", hit.Text);
        Assert.Equal("hydrogène", driver.FindElement(By.CssSelector(".hit mark")).Text);

        hit.FindElement(By.LinkText("2026CE01")).Click();
        var heading = wait.Until(d => d.FindElement(By.Id("opinion")));
        Assert.Equal("Avis 2026CE01", heading.Text);
        Assert.Contains("HUB de l'Énergie", driver.FindElement(By.TagName("pre")).Text);

        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;
        var screenshot = Path.Combine(artifacts, "avis-2026CE01.png");
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(screenshot);
        output.WriteLine($"capture d'écran : {screenshot}");
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }
}
