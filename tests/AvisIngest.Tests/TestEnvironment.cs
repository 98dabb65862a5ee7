using System.Runtime.CompilerServices;
using AvisIngest.Cli;

namespace AvisIngest.Tests;

internal static class TestEnvironment
{
    /// <summary>
    /// The tests' temp folders live in the system's temp folder: an avis-data someone left there (a manual import into
    /// /tmp/avis-data) must not become the index of the tests that find theirs upward, so the search stops before it.
    /// Set for the whole test process, and inherited by the avis processes the tests start.
    /// </summary>
    [ModuleInitializer]
    internal static void StopTheIndexSearchAtTheTempFolder() =>
        Environment.SetEnvironmentVariable(IndexLocation.CeilingVariable, Path.GetTempPath());
}
