namespace AvisIngest.Cli.Commands;

/// <summary>One `avis` sub-command.</summary>
public interface ICommand
{
    /// <summary>The word that selects it: "extract".</summary>
    string Name { get; }

    /// <summary>One line for the help text, in French.</summary>
    string Summary { get; }

    /// <summary>Runs the command; returns an <see cref="ExitCode"/>. Throws <see cref="UsageException"/> for a bad command line.</summary>
    int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error);
}
