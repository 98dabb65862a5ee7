using AvisIngest.Records;
using AvisIngest.Sections.Classification;

namespace AvisIngest.Sections;

/// <summary>Options of <see cref="SectionOrderDecoder"/>.</summary>
public sealed record SectionOrderOptions
{
    /// <summary>
    /// What a reading loses (a factor on its probability) for each section whose kind does not come
    /// after the kinds named before it in the usual order, or comes twice. Small enough that the
    /// order decides between the model's close guesses; not zero, because a rule-named section out
    /// of order (results before axes) must not make every reading impossible.
    /// </summary>
    public double OutOfOrderFactor { get; init; } = 0.05;
}

/// <summary>
/// Names together the sections of one opinion whose headings no rule knows. Opinions keep an order
/// (context, presentation, perimeter, axes, site, governance, results, perspectives, opinion: the
/// order of <see cref="SectionKind"/>) and name each part once; <see cref="SectionKind.Other"/> may
/// come anywhere. The classifier sees one heading at a time; this chooses, among every reading of the
/// whole opinion, the one the classifier's probabilities make most likely once kinds out of order are
/// penalised: a section between a presentation and a governance is more likely axes than a second
/// context. Sections named by a rule keep their kind and steer their neighbours.
/// </summary>
public sealed class SectionOrderDecoder(SectionOrderOptions? options = null)
{
    private static readonly SectionKind[] Kinds = Enum.GetValues<SectionKind>().Where(k => k != SectionKind.Header).ToArray();

    private readonly double outOfOrder = Math.Log((options ?? new SectionOrderOptions()).OutOfOrderFactor);

    /// <summary>
    /// The kind of each section, in order: a section's own kind when a rule named it (no prediction),
    /// else one of the kinds its prediction gives a probability.
    /// </summary>
    public SectionKind[] Decode(IReadOnlyList<(SectionKind Kind, HeadingPrediction? Prediction)> sections)
    {
        var n = sections.Count;
        // best[i, s]: the best log-probability of sections 0..i-1 ending with s as the last kind other
        // than Other (s = 0: none yet); from[i, s] the state and kind that reached it.
        var states = Kinds.Length + 1;
        var best = new double[n + 1, states];
        var from = new (int State, SectionKind Kind)[n + 1, states];
        for (var i = 0; i <= n; i++)
        {
            for (var s = 0; s < states; s++)
                best[i, s] = double.NegativeInfinity;
        }
        best[0, 0] = 0;
        for (var i = 0; i < n; i++)
        {
            for (var s = 0; s < states; s++)
            {
                if (double.IsNegativeInfinity(best[i, s]))
                    continue;
                foreach (var (kind, probability) in Choices(sections[i]))
                {
                    var next = kind == SectionKind.Other ? s : StateOf(kind);
                    var score = best[i, s] + Math.Log(probability) + (kind != SectionKind.Other && next <= s ? outOfOrder : 0);
                    if (score > best[i + 1, next])
                    {
                        best[i + 1, next] = score;
                        from[i + 1, next] = (s, kind);
                    }
                }
            }
        }
        var kinds = new SectionKind[n];
        var state = Enumerable.Range(0, states).MaxBy(s => best[n, s]);
        for (var i = n; i > 0; i--)
        {
            kinds[i - 1] = from[i, state].Kind;
            state = from[i, state].State;
        }
        return kinds;
    }

    private static int StateOf(SectionKind kind) => Array.IndexOf(Kinds, kind) + 1;

    private static IEnumerable<(SectionKind Kind, double Probability)> Choices((SectionKind Kind, HeadingPrediction? Prediction) section)
    {
        if (section.Prediction is not { } prediction)
            return [(section.Kind, 1.0)];
        var choices = Kinds.Select(k => (Kind: k, Probability: prediction.ProbabilityOf(k))).Where(c => c.Probability > 0).ToList();
        return choices.Count > 0 ? choices : [(SectionKind.Other, 1.0)];
    }
}
