using AvisIngest.Normalising;
using AvisIngest.Reading;
using AvisIngest.Records;

namespace AvisIngest.Tests.Normalising;

public class ParagraphIndentTests
{
    private static SourceDocument Text(params string[] lines) => TestFiles.TextSource(lines);

    private static readonly string[] TabOpened =
    [
        "Le Comité régional de l'emploi",
        "Les moyens engagés",
        "\tLa Région consacre au projet deux millions d'euros sur quatre ans, et l'État la",
        "moitié de cette somme. Les entreprises mettent des salariés à disposition.",
        "\tLes lycées partenaires ouvrent leurs ateliers le samedi.",
        "Le calendrier retenu",
        "\tLes premiers apprentis seront accueillis à la rentrée.",
    ];

    [Fact]
    public void Lines_opened_by_one_tab_start_paragraphs_and_the_short_line_above_one_stands_alone()
    {
        var indent = ParagraphIndent.Of(Text(TabOpened));
        Assert.NotNull(indent);
        Assert.True(indent.Opens("\tLa Région"));
        Assert.False(indent.Opens("La Région"));
        var document = new TextNormaliser([new SpaceNormaliser()], new ParagraphJoiner()).Normalise(Text(TabOpened));
        var paragraphs = document.Paragraphs;
        Assert.Equal(6, paragraphs.Count);
        Assert.Equal("Le calendrier retenu", document.TextOf(paragraphs[4]));
        Assert.Equal(ParagraphForm.SingleLine | ParagraphForm.ApartAbove | ParagraphForm.ApartBelow, paragraphs[4].Form);
    }

    [Fact]
    public void Indented_sections_with_headings_flush_left_and_no_blank_line_are_sections()
    {
        var record = TestFiles.RecordOf(string.Join('\n', [
            "Avis du CoRE N° 2027CE40", "Concernant la labellisation du Campus des métiers et des qualifications Bois (CMQ BOIS)", "",
            "Ce que demande le campus",
            "\tLe lycée du bois de Mouchard demande le label pour cinq ans, avec ses onze partenaires",
            "industriels et les deux universités de la région.",
            "Ce qu'en pense le comité",
            "\tLe CoRE émet un avis favorable à la labellisation du campus pour cinq ans.",
            "\tIl souhaite un bilan à mi-parcours, présenté en séance plénière.",
        ]));
        Assert.Equal(["Ce que demande le campus", "Ce qu'en pense le comité"], record.Sections.Where(s => s.Kind != SectionKind.Header).Select(s => s.Heading));
    }

    [Fact]
    public void Lines_centred_by_a_layout_conversion_or_a_margin_throughout_open_nothing()
    {
        Assert.Null(ParagraphIndent.Of(Text(
            "                    COMITÉ RÉGIONAL DE L'HABITAT", "                          HAUTS-DE-FRANCE", "",
            "                               Le contexte", "Le plan vise six mille places d'ici 2030.",
            "                       Les engagements des partenaires", "Les bailleurs réservent des logements.")));
        Assert.Null(ParagraphIndent.Of(Text("    Le plan vise six mille places", "    d'ici 2030, pour les apprentis.", "    Les bailleurs réservent des logements.")));
        Assert.Null(ParagraphIndent.Of(Text("Le plan vise six mille places", "\tune citation", "d'ici 2030.")));
    }
}
