using System.Drawing;
using System.Text.Json;
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

/// <summary>The web page as staff use it, in headless Chromium: search, filters, pages, an opinion, a campus, a phone's width, accessibility.</summary>
public class BrowserTests(BrowserServerFixture server, ITestOutputHelper output) : IClassFixture<BrowserServerFixture>
{
    /// <summary>axe-core from npm (`npm ci --prefix tests/browser`, which .ci/run does).</summary>
    private static readonly string Axe = Path.Combine(TestFiles.RepoRoot, "tests", "browser", "node_modules", "axe-core", "axe.min.js");

    private static ChromeDriver Browser(TempFolder profile, int width = 1280)
    {
        Environment.SetEnvironmentVariable("SE_OFFLINE", "true"); // Selenium must not look for drivers online
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(BrowserFactAttribute.ChromeDriver)!, "chromedriver");
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = BrowserFactAttribute.Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", $"--window-size={width},1000", $"--user-data-dir={profile.Path}");
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    private static WebDriverWait Wait(IWebDriver driver) => new(driver, TimeSpan.FromSeconds(20));

    private void Search(ChromeDriver driver, string query)
    {
        driver.Navigate().GoToUrl(server.BaseUrl);
        driver.FindElement(By.Id("q")).SendKeys(query);
        driver.FindElement(By.CssSelector("form.search button")).Click();
        Wait(driver).Until(d => d.FindElements(By.Id("total")).Count > 0 && d.Url.Contains("q="));
    }

    [BrowserFact]
    public void Staff_search_hydrogene_open_the_opinion_see_their_words_and_the_original_pdf()
    {
        using var profile = TestFiles.NewTempFolder();
        using var driver = Browser(profile);
        Search(driver, "hydrogene");

        Assert.Equal("1 avis correspond à « hydrogene ».", driver.FindElement(By.Id("total")).Text);
        var hit = driver.FindElement(By.CssSelector(".hit"));
        Assert.StartsWith("Concernant le renouvellement du label d'excellence", hit.FindElement(By.CssSelector(".subject")).Text);
        Assert.Contains("Comité régional pour l'emploi (CoRE) Hauts-de-France — CMQe CEIT — 19 janvier 2026 — favorable", hit.FindElement(By.CssSelector(".meta")).Text);
        Assert.Equal("hydrogène", hit.FindElement(By.CssSelector("mark")).Text);

        hit.FindElement(By.LinkText("Avis 2026CE01")).Click();
        Assert.Equal("Avis 2026CE01", Wait(driver).Until(d => d.FindElement(By.CssSelector("h1"))).Text);
        Assert.Contains("HUB de l'Énergie", driver.FindElement(By.CssSelector("dl.record")).Text);
        Assert.Contains("hydrogène", driver.FindElements(By.CssSelector("section.text mark")).Select(m => m.Text));
        var page = driver.FindElements(By.CssSelector("section.text .meta a")).First();
        Assert.Matches(@"/avis/2026CE01/original#page=\d+$", page.GetAttribute("href"));

        var original = driver.FindElement(By.Id("original")).GetAttribute("href");
        using var response = server.Client.GetAsync(original).Result;
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(response.Content.ReadAsByteArrayAsync().Result[..4]));

        driver.FindElement(By.LinkText("← Retour aux résultats")).Click();
        Assert.Equal("1 avis correspond à « hydrogene ».", Wait(driver).Until(d => d.FindElement(By.Id("total"))).Text);
        Screenshot(driver, "recherche-hydrogene");
    }

    [BrowserFact]
    public void A_filter_is_added_a_second_value_too_and_each_is_removed_from_its_chip()
    {
        using var profile = TestFiles.NewTempFolder();
        using var driver = Browser(profile);
        Search(driver, "campus");
        var all = Total(driver);

        driver.FindElement(By.CssSelector("aside")).FindElement(By.LinkText("CMQe ID")).Click();
        Wait(driver).Until(d => d.FindElements(By.CssSelector(".chips a")).Count == 1);
        Assert.Equal("Campus : CMQe ID ×", driver.FindElement(By.CssSelector(".chips a")).Text);
        Assert.Equal(1, Total(driver));

        // The campus counts leave the campus filter out: a second campus can be added.
        driver.FindElement(By.CssSelector("aside")).FindElement(By.LinkText("CMQe CEIT")).Click();
        Wait(driver).Until(d => d.FindElements(By.CssSelector(".chips a")).Count == 2);
        Assert.Equal(2, Total(driver));

        driver.FindElement(By.LinkText("Campus : CMQe ID ×")).Click();
        Wait(driver).Until(d => d.FindElements(By.CssSelector(".chips a")).Count == 1);
        driver.FindElement(By.LinkText("Campus : CMQe CEIT ×")).Click();
        Wait(driver).Until(d => d.FindElements(By.CssSelector(".chips a")).Count == 0);
        Assert.Equal(all, Total(driver));

        // Organisations are a filter like the others, counted among the opinions found.
        driver.FindElement(By.CssSelector("aside")).FindElement(By.LinkText("Université de Picardie Jules Verne")).Click();
        Wait(driver).Until(d => d.FindElements(By.CssSelector(".chips a")).Count == 1);
        Assert.Equal("Organisation : Université de Picardie Jules Verne ×", driver.FindElement(By.CssSelector(".chips a")).Text);
        Assert.Equal(2, Total(driver));
    }

    [BrowserFact]
    public void Results_page_through_with_numbered_pages()
    {
        using var profile = TestFiles.NewTempFolder();
        using var driver = Browser(profile);
        Search(driver, "campus");
        var total = Total(driver);
        Assert.True(total > 10, $"{total} opinions: not enough for a second page");
        Assert.Equal($"Résultats 1–10 sur {total}", driver.FindElement(By.CssSelector("nav.pages p")).Text);

        driver.FindElement(By.LinkText("suivante")).Click();
        Wait(driver).Until(d => d.Url.Contains("page=2"));
        Assert.Equal($"Résultats 11–{Math.Min(20, total)} sur {total}", driver.FindElement(By.CssSelector("nav.pages p")).Text);
        Assert.Equal("2", driver.FindElement(By.CssSelector("nav.pages [aria-current=page]")).Text);
        Assert.NotEmpty(driver.FindElements(By.LinkText("précédente")));
    }

    [BrowserFact]
    public void A_campus_page_lists_its_opinions_over_the_years_under_its_former_acronym_too()
    {
        using var profile = TestFiles.NewTempFolder();
        using var driver = Browser(profile);
        Search(driver, "chantiers");
        driver.FindElement(By.CssSelector(".hit .meta")).FindElement(By.PartialLinkText("CMQ TP")).Click();

        Assert.Equal("Campus CMQ TP", Wait(driver).Until(d => d.FindElement(By.CssSelector("h1"))).Text);
        var rows = driver.FindElements(By.CssSelector("tbody tr"));
        Assert.Equal(12, rows.Count);
        Assert.StartsWith("12 mars 2015", rows[0].Text);
        Assert.Contains("sous le sigle CMQ TPN", rows[0].Text);
        Assert.Contains("première labellisation", rows[0].Text);
        Assert.EndsWith("défavorable", rows[3].Text);
        Assert.Contains("Travaux Publics du Nord (CMQ TPN)", driver.FindElement(By.CssSelector("main")).Text);

        // The former acronym leads to the same history.
        driver.Navigate().GoToUrl(server.BaseUrl + "/campus/cmq%20tpn");
        Assert.Equal(12, driver.FindElements(By.CssSelector("tbody tr")).Count);
        Screenshot(driver, "campus");
    }

    [BrowserFact]
    public void At_400_pixels_the_counts_go_below_the_results_and_nothing_overflows()
    {
        using var profile = TestFiles.NewTempFolder();
        using var driver = Browser(profile, width: 400);
        driver.Manage().Window.Size = new Size(400, 900);
        Search(driver, "campus");

        var results = driver.FindElement(By.CssSelector(".results"));
        var aside = driver.FindElement(By.CssSelector("aside"));
        Assert.True(aside.Location.Y >= results.Location.Y + results.Size.Height, $"aside at {aside.Location}, results end at {results.Location.Y + results.Size.Height}");
        Assert.True(aside.Location.X < 50, $"aside at x={aside.Location.X}");
        var widths = (IReadOnlyCollection<object>)driver.ExecuteScript("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];")!;
        Assert.True(Convert.ToInt64(widths.First()) <= Convert.ToInt64(widths.Last()), $"page {widths.First()} px wide in a {widths.Last()} px window");
        Screenshot(driver, "recherche-400px");
    }

    [BrowserFact]
    public void Every_page_passes_axe_core_without_serious_or_critical_violations()
    {
        Assert.True(File.Exists(Axe), $"axe-core absent : npm ci --prefix tests/browser ({Axe})");
        using var profile = TestFiles.NewTempFolder();
        using var driver = Browser(profile);
        string[] pages = ["/", "/?q=campus", "/?q=campus&campus=CMQ%20TP&page=2", "/?q=hydrogne", "/avis/2026CE01?q=hydrog%C3%A8ne", "/campus/CMQ%20TP", "/page-absente"];
        var failures = new List<string>();
        foreach (var page in pages)
        {
            driver.Navigate().GoToUrl(server.BaseUrl + page);
            driver.ExecuteScript(File.ReadAllText(Axe));
            var json = (string)driver.ExecuteAsyncScript(
                "const done = arguments[arguments.length - 1];" +
                "axe.run(document, { resultTypes: ['violations'] }).then(r => done(JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length })))), e => done('[{\"id\":\"axe\",\"impact\":\"critical\",\"help\":\"' + e + '\"}]'));")!;
            foreach (var violation in JsonDocument.Parse(json).RootElement.EnumerateArray())
            {
                var line = $"{page}: {violation.GetProperty("impact").GetString()} {violation.GetProperty("id").GetString()} ({violation.GetProperty("help").GetString()})";
                output.WriteLine(line);
                if (violation.GetProperty("impact").GetString() is "serious" or "critical")
                    failures.Add(line);
            }
        }
        Assert.Empty(failures);
    }

    private static int Total(IWebDriver driver) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(driver.FindElement(By.Id("total")).Text, @"^(\d+|Aucun)").Value is var n && n == "Aucun" ? "0" : n);

    private void Screenshot(ChromeDriver driver, string name)
    {
        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;
        var path = Path.Combine(artifacts, name + ".png");
        driver.GetScreenshot().SaveAsFile(path);
        output.WriteLine($"capture d'écran : {path}");
        Assert.True(new FileInfo(path).Length > 10_000);
    }
}
