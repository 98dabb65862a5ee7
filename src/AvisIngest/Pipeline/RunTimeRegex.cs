using System.Text.RegularExpressions;

namespace AvisIngest.Pipeline;

/// <summary>
/// Whether the regexes built at run time from the data lists (cue words, campus counts, heading
/// patterns; known organisations and gazetteers are looked up word by word, see NameIndex) are compiled. Compiling pays back only over many files: an import
/// of 3,000 text opinions took 18.4 s compiled and 23.2 s interpreted, while `avis extract` of one
/// PDF took 1.58 s compiled and 0.97 s interpreted (docs/benchmarks.md). Process-wide, because
/// those regexes are built once per process: choose before the first pipeline is built.
/// </summary>
public static class RunTimeRegex
{
    /// <summary>
    /// From how many files compiling is worth it: about 1.6 ms saved per file against about 600 ms
    /// to compile, measured as above.
    /// </summary>
    public const int CompiledFrom = 400;

    public static bool Compiled { get; set; } = true;

    /// <summary>The options to add to such a regex.</summary>
    public static RegexOptions Options => Compiled ? RegexOptions.Compiled : RegexOptions.None;

    /// <summary>Compiles them when a process is about to read this many files or more.</summary>
    public static void ChooseFor(int files) => Compiled = files >= CompiledFrom;
}
