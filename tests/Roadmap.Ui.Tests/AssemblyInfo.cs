// One host and one browser serve every test; tests take turns at the browser.
[assembly: AssemblyFixture(typeof(Roadmap.Ui.Tests.UiFixture))]
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]
