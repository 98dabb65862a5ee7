using AvisIngest.Normalising;
using AvisIngest.Reading;

namespace AvisIngest.Tests.Normalising;

public class HorizontalRuleTests
{
    [Theory]
    [InlineData("===", true)]
    [InlineData("------------------", true)]
    [InlineData("________", true)]
    [InlineData("──────", true)]
    [InlineData("==", false)]
    [InlineData("- le campus", false)]
    [InlineData("===a", false)]
    [InlineData("=-=-=-", false)]
    [InlineData("Le campus", false)]
    public void A_rule_is_one_character_repeated_three_times_or_more(string line, bool expected) =>
        Assert.Equal(expected, HorizontalRule.IsRule(line));

    [Fact]
    public void A_rule_under_a_line_standing_alone_underlines_it_and_becomes_a_blank_line()
    {
        var lines = new List<CleanLine> { new("Le contexte", 1), new("", 1), new("Le pilotage", 1) };
        HorizontalRule.Apply(lines, 1);
        Assert.Equal(LineStyle.Underlined, lines[2].Style);
        Assert.Equal(LineStyle.Plain, lines[0].Style);
        Assert.Equal(new CleanLine("", 1), lines[^1]);
    }

    [Fact]
    public void A_rule_under_the_last_line_of_a_paragraph_separates_and_underlines_nothing()
    {
        var lines = new List<CleanLine> { new("Le comité émet un avis favorable à la labellisation du campus,", null), new("et le recommande.", null) };
        HorizontalRule.Apply(lines, null);
        Assert.All(lines, l => Assert.Equal(LineStyle.Plain, l.Style));
        Assert.Equal("", lines[^1].Text);
    }
}
