namespace AvisIngest.Pipeline;

/// <summary>
/// Keeps a large file's peak memory near what its stages hold alive. Each stage makes whole-text
/// copies that are garbage once it is done; they live on the large-object heap, which the runtime
/// collects only when its budget runs out, so on a 50 MB text the dead copies of several stages
/// piled up to 20 times the file. For a text over <see cref="Threshold"/> characters, a full
/// collection after each stage frees them (some tens of milliseconds on a file that takes seconds);
/// ordinary opinions, a few hundred kilobytes, never pay it. The collection is aggressive: a forced
/// one kept the freed memory committed for later, and the process's resident size still held every
/// stage's peak (a 50 MB text: 490 MB resident for a heap of at most 320 MB; 377 MB aggressive).
/// </summary>
internal readonly struct StageMemoryReclaim(long textLength)
{
    public const int Threshold = 4 * 1024 * 1024;

    public void AfterStage()
    {
        if (textLength >= Threshold)
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
