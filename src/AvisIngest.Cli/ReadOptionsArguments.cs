using AvisIngest.Reading;

namespace AvisIngest.Cli;

/// <summary>The options every command that reads files accepts: --password, --max-size (MB), --timeout (seconds), --ocr.</summary>
public static class ReadOptionsArguments
{
    public static IReadOnlyCollection<string> Names { get; } = ["--password", "--max-size", "--timeout", "--ocr"];

    public static ReadOptions From(Arguments arguments)
    {
        var options = ReadOptions.Default;
        if (arguments.Value("--password") is { } password)
            options = options with { Password = password };
        if (arguments.IntValue("--max-size", 1, 100_000) is { } megabytes)
            options = options with { MaxFileBytes = megabytes * 1024L * 1024 };
        if (arguments.IntValue("--timeout", 1, 3600) is { } seconds)
            options = options with { Timeout = TimeSpan.FromSeconds(seconds) };
        if (arguments.Value("--ocr") is { } ocr)
        {
            options = options with
            {
                Ocr = ocr switch
                {
                    "auto" => OcrMode.Auto,
                    "always" => OcrMode.Always,
                    "never" => OcrMode.Never,
                    _ => throw new UsageException($"--ocr attend auto, always ou never (reçu « {ocr} »)"),
                },
            };
        }
        return options;
    }
}
