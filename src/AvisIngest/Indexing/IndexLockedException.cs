namespace AvisIngest.Indexing;

/// <summary>Another process is writing the index; the message is French and names the folder.</summary>
public sealed class IndexLockedException(string directory, Exception inner)
    : Exception($"index verrouillé : un autre import écrit déjà dans {directory} ; relancez quand il sera fini", inner);

/// <summary>The index folder cannot be used (unreadable, not an index, no permission); the message is French.</summary>
public sealed class IndexUnavailableException(string frenchMessage, Exception? inner = null) : Exception(frenchMessage, inner);
