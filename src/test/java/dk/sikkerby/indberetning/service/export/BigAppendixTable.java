package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.YearTable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A large year for the documents' tests: {@code rows} initiatives in {@code categories} categories, with
 * notes of varied length (a line to a third of a page, italic runs in them), so that category headings
 * fall at many different heights on the pages.
 */
final class BigAppendixTable {

    static final String CATEGORY = "KATEGORI NR. ";
    private static final String[] WORDS = ("indsatsen laver en grundig beskrivelse af arbejde og aktiviteter med mange "
            + "relevante mål for målgrupperne sikker by bemærker at det er positivt succeskriterier covid-19 har haft "
            + "negativ indflydelse på gennemførelsen dialog udvikling ambitionsniveau datagrundlag").split(" ");

    private BigAppendixTable() {
    }

    static YearTable of(int rows, int categories, long seed) {
        Random random = new Random(seed);
        ReportYear year = new ReportYear(2021, "Bilag 1: Indsatsernes målopfyldelse for 2021", "Covid-19");
        List<Department> departments = List.of(new Department(1, "BIF", "Beskæftigelses- og Integrationsforvaltningen"),
                new Department(2, "KFF", "Kultur- og Fritidsforvaltningen"), new Department(3, "SOF", "Socialforvaltningen"));
        List<Category> cats = new ArrayList<>();
        for (int c = 0; c < categories; c++) {
            cats.add(new Category(c + 1, 2021, CATEGORY + (c + 1), c + 1));
        }
        List<InitiativeRow> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            int id = i + 1;
            int total = 1 + random.nextInt(6);
            Score score = random.nextInt(10) == 0 ? Score.notRelevant() : Score.of(random.nextInt(total + 1), total);
            RichText note = note(random, 40 + random.nextInt(random.nextInt(4) == 0 ? 1400 : 500));
            RichText assessment = note(random, 40 + random.nextInt(600));
            Submission s = new Submission(id, 2021, id, score, note, assessment, 1, OffsetDateTime.now());
            out.add(new InitiativeRow(id, "Indsats nr. " + id + " – forebyggelse af kriminalitet",
                    departments.get(i % departments.size()), cats.get(i * categories / rows), id, Optional.of(s)));
        }
        return new YearTable(year, cats, out);
    }

    /** About {@code length} characters in one or two paragraphs, each with an italic run. */
    static RichText note(Random random, int length) {
        List<RichText.Paragraph> paragraphs = new ArrayList<>();
        int parts = length > 200 ? 2 : 1;
        for (int p = 0; p < parts; p++) {
            StringBuilder plain = new StringBuilder();
            while (plain.length() < length / parts) {
                plain.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            paragraphs.add(new RichText.Paragraph(List.of(new RichText.Run(plain.toString(), false),
                    new RichText.Run("Idrætssociale Indsatser", true), new RichText.Run(" erstatter FerieCamp.", false))));
        }
        return new RichText(paragraphs);
    }
}
