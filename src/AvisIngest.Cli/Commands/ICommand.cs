namespace AvisIngest.Cli.Commands;

/// <summary>One `avis` sub-command.</summary>
public interface ICommand
{
    /// <summary>What it accepts and how to use it (its name, options, examples), in French.</summary>
    CommandSyntax Syntax { get; }

    /// <summary>Runs the command; returns an <see cref="ExitCode"/>. Throws <see cref="UsageException"/> for a bad command line.</summary>
    int Run(Arguments args, TextWriter output, TextWriter error);
}
