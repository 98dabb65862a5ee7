using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace AvisIngest.Learning;

/// <summary>
/// The project's binary classifiers over a few hundred labelled examples (heading lines, candidate
/// organisation names): FastTree with small trees, one thread and a fixed seed, so the same labels
/// give the same model. The example type has a boolean <c>Label</c> and a float vector <c>Features</c>.
/// </summary>
public static class SmallTreeClassifier
{
    public static ITransformer Train<TExample>(IEnumerable<TExample> examples, int seed) where TExample : class
    {
        var ml = new MLContext(seed: seed);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = "Features",
            NumberOfLeaves = 8,
            NumberOfTrees = 60,
            MinimumExampleCountPerLeaf = 3,
            LearningRate = 0.15,
            NumberOfThreads = 1,
        });
        return trainer.Fit(ml.Data.LoadFromEnumerable(examples));
    }
}
