using AvisIngest.Pipeline;

namespace AvisIngest.Tests.Reading.Pdf;

/// <summary>Every real-world PDF of ../shared/pdf-wild gets a clear outcome, never a crash or a hang.</summary>
public class PdfWildTests
{
    public static TheoryData<string, ExtractionStatus, string> Outcomes => new()
    {
        { "Diacritics_export.pdf", ExtractionStatus.NotAnOpinion, "aucun avis trouvé" },
        { "EmptyPdf.pdf", ExtractionStatus.Unreadable, "aucun texte dans le PDF" },
        { "GHOSTSCRIPT-691770-0.pdf", ExtractionStatus.Unreadable, "PDF endommagé" },
        { "GHOSTSCRIPT-692564-0.pdf", ExtractionStatus.NotAnOpinion, "aucun avis trouvé" },
        { "PDFBOX-1869-4-1.pdf", ExtractionStatus.NotAnOpinion, "aucun avis trouvé" },
        { "SinglePage90ClockwiseRotation_-_from_PdfPig.pdf", ExtractionStatus.NotAnOpinion, "aucun avis trouvé" },
        { "Single_Page_Broken_Offsets_-_from_google_drive.pdf", ExtractionStatus.NotAnOpinion, "aucun avis trouvé" },
        { "Single_Page_Images_-_from_libre_office.pdf", ExtractionStatus.NotAnOpinion, "aucun avis trouvé" },
        { "Two_Page_Text_Only_-_from_libre_office.pdf", ExtractionStatus.NotAnOpinion, "aucun avis trouvé" },
        { "encrypted-password-is-password.pdf", ExtractionStatus.Unreadable, "chiffré : mot de passe requis" },
        { "issue_1286.pdf", ExtractionStatus.NotAnOpinion, "aucun avis trouvé" },
        // RC4 with an empty user password: read without asking.
        { "test-bom-encrypted.pdf", ExtractionStatus.NotAnOpinion, "aucun avis trouvé" },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Each_wild_pdf_gets_its_outcome(string file, ExtractionStatus status, string reason)
    {
        var result = TestFiles.Pipeline.Extract(TestFiles.PdfWild(file));
        Assert.Equal(status, result.Status);
        Assert.Contains(reason, result.Reason);
    }

    [Fact]
    public void Every_file_of_the_folder_is_covered()
    {
        var covered = Outcomes.Select(row => (string)row[0]).Order();
        var present = Directory.GetFiles(TestFiles.PdfWild(""), "*.pdf").Select(Path.GetFileName).Order();
        Assert.Equal(present, covered);
    }

    [Fact]
    public void The_right_password_opens_an_encrypted_pdf()
    {
        var builder = OpinionPipelineBuilder.CreateDefault();
        builder.ReadOptions = builder.ReadOptions with { Password = "password" };
        var result = builder.Build().Extract(TestFiles.PdfWild("encrypted-password-is-password.pdf"));
        Assert.Equal(ExtractionStatus.NotAnOpinion, result.Status);
    }

    [Fact]
    public void A_wrong_password_is_said_to_be_wrong()
    {
        var builder = OpinionPipelineBuilder.CreateDefault();
        builder.ReadOptions = builder.ReadOptions with { Password = "secret" };
        var result = builder.Build().Extract(TestFiles.PdfWild("encrypted-password-is-password.pdf"));
        Assert.Equal("chiffré : mot de passe incorrect", result.Reason);
    }
}
