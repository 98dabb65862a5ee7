using AvisIngest.Records;
using AvisIngest.Sections;
using AvisIngest.Sections.Classification;

namespace AvisIngest.Tests.Sections;

/// <summary>The model's sections named together, in the opinion's usual order.</summary>
public class SectionOrderDecoderTests
{
    private static HeadingPrediction Guess(params (SectionKind Kind, double P)[] probabilities) =>
        new(probabilities.MaxBy(p => p.P).Kind, probabilities.Max(p => p.P)) { Probabilities = probabilities.ToDictionary(p => p.Kind, p => p.P) };

    [Fact]
    public void A_section_between_the_presentation_and_the_governance_is_axes_rather_than_a_second_context()
    {
        var kinds = new SectionOrderDecoder().Decode(
        [
            (SectionKind.Context, null),
            (SectionKind.Presentation, null),
            (SectionKind.Other, Guess((SectionKind.Context, 0.46), (SectionKind.Axes, 0.30), (SectionKind.Other, 0.24))),
            (SectionKind.Governance, null),
        ]);
        Assert.Equal([SectionKind.Context, SectionKind.Presentation, SectionKind.Axes, SectionKind.Governance], kinds);
    }

    [Fact]
    public void A_kind_is_given_once_the_later_of_two_close_guesses_goes_to_the_next_kind()
    {
        var kinds = new SectionOrderDecoder().Decode(
        [
            (SectionKind.Other, Guess((SectionKind.Context, 0.61), (SectionKind.Presentation, 0.32), (SectionKind.Other, 0.07))),
            (SectionKind.Other, Guess((SectionKind.Context, 0.55), (SectionKind.Presentation, 0.40), (SectionKind.Other, 0.05))),
        ]);
        Assert.Equal([SectionKind.Context, SectionKind.Presentation], kinds);
    }

    [Fact]
    public void Rule_kinds_out_of_order_stay_and_a_confident_guess_is_kept()
    {
        // Results named before axes by rules: the reading is penalised, not impossible.
        var kinds = new SectionOrderDecoder().Decode(
        [
            (SectionKind.Results, null),
            (SectionKind.Axes, null),
            (SectionKind.Other, Guess((SectionKind.Governance, 0.9), (SectionKind.Other, 0.1))),
        ]);
        Assert.Equal([SectionKind.Results, SectionKind.Axes, SectionKind.Governance], kinds);
    }

    [Fact]
    public void Without_a_probability_for_each_kind_the_best_guess_is_the_only_choice()
    {
        var kinds = new SectionOrderDecoder().Decode([(SectionKind.Other, new HeadingPrediction(SectionKind.Site, 0.7))]);
        Assert.Equal([SectionKind.Site], kinds);
    }
}
