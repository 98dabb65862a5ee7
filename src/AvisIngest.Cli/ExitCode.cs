namespace AvisIngest.Cli;

/// <summary>The exit codes of `avis`, as documented in the README.</summary>
public static class ExitCode
{
    /// <summary>Every file was processed.</summary>
    public const int Ok = 0;

    /// <summary>Bad command line (unknown command or option, missing argument, malformed query); for `ingest`, some files failed.</summary>
    public const int Usage = 1;

    /// <summary>A file could not be read: missing, empty, binary, corrupt, encrypted, no text layer.</summary>
    public const int Unreadable = 2;

    /// <summary>A file was read but is not an opinion (agenda, press release, letter).</summary>
    public const int NotAnOpinion = 3;

    /// <summary>The index cannot be used: locked by another import, unreadable, or not created yet.</summary>
    public const int IndexUnavailable = 4;

    /// <summary>A fault of the program itself; the message says what to report.</summary>
    public const int InternalError = 70;
}
