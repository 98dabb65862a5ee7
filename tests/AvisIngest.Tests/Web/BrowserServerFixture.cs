namespace AvisIngest.Tests.Web;

/// <summary>
/// The web server fixture with a campus's history added (our own documents, written here): twelve
/// opinions on the Travaux Publics campus from 2015 to 2026, the first three under its former
/// acronym CMQ TPN, which the later ones state ("sous l'appellation … (CMQ TPN)"). Enough for a second page of results.
/// </summary>
public sealed class BrowserServerFixture : WebServerFixture
{
    protected override void AddDocuments(string input)
    {
        for (var i = 0; i < 12; i++)
        {
            var year = 2015 + i;
            var former = i < 3;
            var acronym = former ? "CMQ TPN" : "CMQ TP";
            var procedure = i == 0 ? "l'obtention du label" : "le renouvellement du label";
            var outcome = i % 4 == 3 ? "défavorable" : "favorable";
            var history = former ? "" : " Le campus, initialement labellisé en 2015 sous l'appellation Travaux Publics du Nord (CMQ TPN), forme aux métiers des routes.";
            File.WriteAllText(Path.Combine(input, $"tp-{year}.txt"),
                $"Avis du Comité régional pour l'emploi N° {year}CE{10 + i}\nConcernant {procedure} du Campus des Métiers et des Qualifications Travaux Publics ({acronym}) Hauts-de-France\n\n" +
                $"Consultation écrite du CoRE du 12 mars {year}\n\nPrésentation du campus\nLe campus forme aux chantiers de travaux publics.{history}\n\n" +
                $"Avis du CoRE\nLe CoRE émet un avis {outcome} à la majorité.");
        }
    }
}
