namespace AvisIngest.Cli;

/// <summary>The command line is wrong; the message is the French explanation shown to the user.</summary>
public sealed class UsageException(string frenchMessage) : Exception(frenchMessage);
