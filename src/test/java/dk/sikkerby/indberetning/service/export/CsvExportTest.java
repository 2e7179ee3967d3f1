package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.testsupport.DatabaseKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV as Excel and analysis tools read it: RFC 4180, UTF-8 with BOM, optional Danish dialect. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class CsvExportTest {

    @Parameter
    DatabaseKind kind;


    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void setUp() {
        db = kind.open(dir);
        ExportFixture.create(db.dsl());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private byte[] export(CsvDialect dialect) throws IOException {
        Path file = dir.resolve("data.csv");
        TestServices.exports(db.store(), Messages.forLocale(Messages.DANISH))
                .export(TestActors.administrator(), ExportRequest.csv(ExportFixture.YEAR, file, dialect), Progress.NONE);
        return Files.readAllBytes(file);
    }

    @Test
    void startsWithAByteOrderMarkAndIsUtf8() throws IOException {
        byte[] bytes = export(CsvDialect.COMMA);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\"PRIMÆR FOREBYGGELSE\""));
    }

    @Test
    void recordsAreCrlfSeparatedWithQuotedTextAndBareNumbers() throws IOException {
        List<List<String>> records = CsvParser.parse(export(CsvDialect.COMMA), ',');
        assertEquals(5, records.size(), "header and four initiatives");
        assertEquals("År", records.get(0).get(0));
        assertEquals(List.of("2021", "PRIMÆR FOREBYGGELSE", "Idrætssociale Indsatser", "KFF",
                "Kultur- og Fritidsforvaltningen", "false", "2", "3", "false", "0.6667", ExportFixture.SPORT_NOTE,
                "I år afrapporterer KFF samlet. Idrætssociale Indsatser erstatter FerieCamp.\n"
                        + "Indsatsen når ikke mål om fremmøder til FerieCamps."), records.get(1));
        assertEquals(List.of("2021", "SEKUNDÆR FOREBYGGELSE", "Københavnerteamet", "SOF", "Socialforvaltningen",
                "false", "", "", "true", "", "", ""), records.get(3));
        assertEquals(List.of("2021", "SEKUNDÆR FOREBYGGELSE", "Green Teams Fritidsjob", "TMF",
                "Teknik- og Miljøforvaltningen", "true", "", "", "", "", "", ""), records.get(4));
        String text = new String(export(CsvDialect.COMMA), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"Sjakket\",\"SOF\",\"Socialforvaltningen\",false,10,10,false,1,"), text);
        assertTrue(text.endsWith("\r\n"));
    }

    @Test
    void semicolonDialectUsesDecimalComma() throws IOException {
        List<List<String>> records = CsvParser.parse(export(CsvDialect.SEMICOLON), ';');
        assertEquals(12, records.get(1).size());
        assertEquals("0,6667", records.get(1).get(9));
        assertEquals("Kultur- og Fritidsforvaltningen", records.get(1).get(4));
    }

    @Test
    void quotesInsideTextAreDoubled() throws IOException {
        ExportFixture.save(db.dsl(), "Green Teams Fritidsjob", dk.sikkerby.indberetning.domain.Score.of(1, 1),
                dk.sikkerby.indberetning.domain.RichText.plain("Den \"nye\" plan, med komma"),
                dk.sikkerby.indberetning.domain.RichText.EMPTY);
        String text = new String(export(CsvDialect.COMMA), StandardCharsets.UTF_8);
        assertTrue(text.contains(",\"Den \"\"nye\"\" plan, med komma\","), text);
        assertEquals("Den \"nye\" plan, med komma", CsvParser.parse(export(CsvDialect.COMMA), ',').get(4).get(10));
    }
}
