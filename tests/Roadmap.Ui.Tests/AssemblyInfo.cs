// One host and one browser serve every test; tests take turns at the browser.
[assembly: AssemblyFixture(typeof(Roadmap.Ui.Tests.UiFixture))]
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]

// The slow tier: a real host and headless Chromium (excluded by --filter-not-trait "Tier=Slow").
[assembly: Trait("Tier", "Slow")]
