using AvisIngest.Records;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace AvisIngest.Sections.Classification;

/// <summary>
/// A trained section-kind model (<see cref="SectionClassifierTrainer"/>), shared by the classifiers
/// that read a heading and a section's text: loaded once, lazily, the first time a section needs it
/// (most opinions never do). Prediction engines are not thread-safe: each thread of a parallel
/// import gets its own. A missing file gives no prediction.
/// </summary>
internal sealed class SectionKindModel : IDisposable
{
    private readonly Lazy<(ITransformer Model, string[] Kinds)?> model;
    private readonly ThreadLocal<PredictionEngine<SectionExample, SectionPrediction>?> engines;

    public SectionKindModel(string path)
    {
        Path = path;
        model = new Lazy<(ITransformer, string[])?>(() => Load(path), LazyThreadSafetyMode.ExecutionAndPublication);
        engines = new ThreadLocal<PredictionEngine<SectionExample, SectionPrediction>?>(() =>
            model.Value is { } loaded ? new MLContext(seed: SectionClassifierTrainer.Seed).Model.CreatePredictionEngine<SectionExample, SectionPrediction>(loaded.Model) : null);
    }

    public SectionKindModel(ITransformer trained)
    {
        Path = "";
        var input = new MLContext(seed: SectionClassifierTrainer.Seed).Data.LoadFromEnumerable(Array.Empty<SectionExample>()).Schema;
        var described = Describe(trained, input);
        model = new Lazy<(ITransformer, string[])?>(() => described);
        engines = new ThreadLocal<PredictionEngine<SectionExample, SectionPrediction>?>(() =>
            new MLContext(seed: SectionClassifierTrainer.Seed).Model.CreatePredictionEngine<SectionExample, SectionPrediction>(trained));
    }

    /// <summary>The model's file; empty for a model trained in this process.</summary>
    public string Path { get; }

    public bool IsLoaded => model.IsValueCreated;

    /// <summary>The kind of a model input (<see cref="SectionExample"/>'s text), with every kind's probability.</summary>
    public HeadingPrediction? Predict(string text)
    {
        if (engines.Value is not { } engine || model.Value is not { } loaded)
            return null;
        var prediction = engine.Predict(new SectionExample { Text = text });
        var best = Array.IndexOf(prediction.Score, prediction.Score.Max());
        var probabilities = new Dictionary<SectionKind, double>();
        for (var i = 0; i < loaded.Kinds.Length; i++)
        {
            var kind = KindOf(loaded.Kinds[i]);
            probabilities[kind] = probabilities.GetValueOrDefault(kind) + prediction.Score[i];
        }
        return new HeadingPrediction(KindOf(loaded.Kinds[best]), prediction.Score[best]) { Probabilities = probabilities };
    }

    public void Dispose() => engines.Dispose();

    private static SectionKind KindOf(string code) => RecordCodes.TryParse<SectionKind>(code, out var known) ? known : SectionKind.Other;

    private static (ITransformer, string[])? Load(string path)
    {
        if (!File.Exists(path))
            return null;
        var ml = new MLContext(seed: SectionClassifierTrainer.Seed);
        var transformer = ml.Model.Load(path, out var inputSchema);
        return Describe(transformer, inputSchema);
    }

    // The model and the kind of each of its scores.
    private static (ITransformer, string[]) Describe(ITransformer transformer, DataViewSchema inputSchema)
    {
        var output = transformer.GetOutputSchema(inputSchema);
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        output["Score"].GetSlotNames(ref names);
        return (transformer, names.DenseValues().Select(n => n.ToString()).ToArray());
    }
}
