package dk.sikkerby.indberetning.service.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.importcore.Finding;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed variants of the real 2021 file, each made here from it: each gives its error at its line
 * (0: the whole file) and leaves a database that already holds 2021, with an edit made in the app,
 * exactly as it was, even with --replace.
 */
class MalformedAppendixTest {

    @TempDir
    static Path dir;
    private static Database database;
    private static String stored;

    /** A variant: how to write it, the year asked for, and the error expected at a line. */
    record Variant(String name, Content content, Optional<Integer> year, String key, int line) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Content {
        Path write(Path dir) throws IOException;
    }

    @BeforeAll
    static void importThe2021FileAndEditARow() {
        database = TestDatabase.open(dir.resolve("db"));
        new ImportService(database.store()).run(TestActors.administrator(), AppendixFile.path(), new ImportRequest(Optional.empty(), false, false),
                Progress.NONE);
        SubmissionService submissions = new SubmissionService(database.store());
        InitiativeRow nexus = submissions.loadYear(2021).rows().stream().filter(r -> r.name().equals("Nexus"))
                .findFirst().orElseThrow();
        submissions.save(TestActors.administrator(), 2021, nexus.initiativeId(),
                SubmissionForm.of(Score.of(3, 3), nexus.departmentNote(), RichText.plain("Rettet.")), nexus.version());
        stored = DatabaseSnapshot.of(database.dsl());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void refusesWithTheErrorAtItsLineAndWritesNothing(Variant variant) throws IOException {
        Path file = variant.content().write(dir);
        ImportResult result = new ImportService(database.store())
                .run(TestActors.administrator(), file, new ImportRequest(variant.year(), false, true), Progress.NONE);

        assertEquals(Outcome.REFUSED_ERRORS, result.outcome());
        List<Finding> errors = result.findings().stream().filter(Finding::isError).toList();
        assertTrue(errors.stream().anyMatch(f -> f.key().equals(variant.key()) && f.line() == variant.line()),
                () -> "expected " + variant.key() + " at line " + variant.line() + ", got " + errors);
        assertEquals(stored, DatabaseSnapshot.of(database.dsl()));
    }

    static Stream<Variant> variants() {
        return Stream.of(
                text("score 11/10", AppendixFile.replaceInLine(14, "\t10/10\t", "\t11/10\t"), "validation.met.exceedsTotal", 14),
                text("score 2/x", AppendixFile.replaceInLine(14, "\t10/10\t", "\t2/x\t"), "validation.total.notWholeNumber", 14),
                text("score 3", AppendixFile.replaceInLine(14, "\t10/10\t", "\t3\t"), "import.score.notFraction", 14),
                text("score -1/2", AppendixFile.replaceInLine(14, "\t10/10\t", "\t-1/2\t"), "validation.met.negative", 14),
                text("score 1/0", AppendixFile.replaceInLine(14, "\t10/10\t", "\t1/0\t"), "validation.total.zero", 14),
                text("score 1000/1000", AppendixFile.replaceInLine(14, "\t10/10\t", "\t1000/1000\t"), "validation.met.tooLarge", 14),
                text("broken row with 4 fields", withoutLastField(15), "import.row.fieldCount", 15),
                text("row with 6 fields", AppendixFile.withLine(15, AppendixFile.lines().get(14) + "\tmere"), "import.row.fieldCount", 15),
                text("continuation at the very top", AppendixFile.insertLine(6, "\t\t\t\tløs tekst"), "import.continuation.noInitiative", 6),
                text("continuation right after a category", AppendixFile.insertLine(14, "\t\t\t\tløs tekst"), "import.continuation.noInitiative", 14),
                text("continuation with a score", AppendixFile.replaceInLine(22, "\t\t\t\t", "\t\t2/3\t\t"), "import.continuation.notText", 22),
                text("unknown department", AppendixFile.replaceInLine(14, "\tSOF\t", "\tXYZ\t"), "import.department.unknown", 14),
                text("department code not in capitals", AppendixFile.replaceInLine(14, "\tSOF\t", "\tS0F\t"), "import.department.badCode", 14),
                text("initiative without department", AppendixFile.replaceInLine(14, "\tSOF\t", "\t\t"), "import.initiative.noDepartment", 14),
                text("second title with another year", AppendixFile.insertLine(24, "Bilag 1: Indsatsernes målopfyldelse for 2020"), "import.title.conflictingYear", 24),
                new Variant("--year disagrees with the title", d -> AppendixFile.path(), Optional.of(2020), "import.year.mismatch", 3),
                text("no title and no --year", AppendixFile.withLine(3, ""), "import.title.missing", 0),
                text("title year out of range", AppendixFile.replaceInLine(3, "2021", "1999"), "import.year.outOfRange", 3),
                text("header row missing", AppendixFile.withLine(5, ""), "import.header.missing", 7),
                text("header without Forvaltning", AppendixFile.replaceInLine(5, "Forvaltning ¹", "Ansvarlig"), "import.header.requiredColumn.department", 5),
                text("initiative before the first category", AppendixFile.withLine(6, ""), "import.initiative.noCategory", 7),
                text("a line that fits no rule", AppendixFile.insertLine(7, "Side 2 af 5"), "import.row.notUnderstood", 7),
                text("the same initiative twice", AppendixFile.replaceInLine(15, "Københavnerteamet", "Sjakket"), "import.initiative.duplicate", 15),
                text("initiative name too long", AppendixFile.replaceInLine(15, "Københavnerteamet", "K".repeat(301)), "import.initiative.nameTooLong", 15),
                text("control character in a note", AppendixFile.replaceInLine(14, "Grundet", "Grun\u0007det"), "import.text.controlCharacter", 14),
                text("note longer than 10,000 characters", AppendixFile.replaceInLine(14, "Grundet", "x".repeat(10_001)), "validation.note.tooLong", 14),
                text("footnote not understood", AppendixFile.withLine(9, "¹ Forvaltningerne står på side 3"), "import.footnote.notUnderstood", 9),
                text("only title and header", AppendixFile.join(AppendixFile.lines().subList(0, 5)), "import.file.noInitiatives", 0),
                text("truncated in the middle of a row", AppendixFile.join(AppendixFile.lines().subList(0, 29)) + "\n"
                        + AppendixFile.lines().get(29).substring(0, 200), "import.row.fieldCount", 30),
                bytes("truncated inside a character", truncatedInsideCharacter(), "import.encoding.invalidUtf8", 14),
                bytes("binary garbage", garbage(), "import.file.binary", 1),
                bytes("empty file", new byte[0], "import.file.empty", 0),
                bytes("UTF-16", AppendixFile.text().getBytes(StandardCharsets.UTF_16), "import.encoding.utf16", 0),
                bytes("byte Windows-1252 does not define", undefinedIn1252(), "import.encoding.undefined1252", 14),
                new Variant("50 MB file", MalformedAppendixTest::fiftyMegabytes, Optional.empty(), "import.file.tooLarge", 0));
    }

    private static Variant text(String name, String content, String key, int line) {
        return bytes(name, content.getBytes(StandardCharsets.UTF_8), key, line);
    }

    private static Variant bytes(String name, byte[] content, String key, int line) {
        String file = name.replaceAll("[^A-Za-z0-9]+", "-") + ".txt";
        return new Variant(name, d -> AppendixFile.write(d, file, content), Optional.empty(), key, line);
    }

    private static String withoutLastField(int line) {
        String text = AppendixFile.lines().get(line - 1);
        return AppendixFile.withLine(line, text.substring(0, text.lastIndexOf('\t')));
    }

    /** The file cut after the first byte of the "å" in line 14 ("små grupper"). */
    private static byte[] truncatedInsideCharacter() {
        byte[] all = AppendixFile.bytes();
        String prefix = AppendixFile.join(AppendixFile.lines().subList(0, 13)) + "\n"
                + AppendixFile.lines().get(13).substring(0, AppendixFile.lines().get(13).indexOf("små") + 2);
        int cut = prefix.getBytes(StandardCharsets.UTF_8).length + 1;
        return Arrays.copyOf(all, cut);
    }

    /** Random bytes whose first NUL is byte 100, on the first line. */
    private static byte[] garbage() {
        byte[] bytes = new byte[4096];
        new Random(4).nextBytes(bytes);
        for (int i = 0; i < 100; i++) {
            if (bytes[i] == 0 || bytes[i] == '\n' || bytes[i] == '\r') {
                bytes[i] = 'x';
            }
        }
        bytes[100] = 0;
        return bytes;
    }

    /** The file in Windows-1252 with the byte 0x81 (undefined there) in line 14. */
    private static byte[] undefinedIn1252() {
        byte[] bytes = AppendixFile.replaceInLine(14, "Grundet", "Grund~et").getBytes(TextDecoder.WINDOWS_1252);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '~') {
                bytes[i] = (byte) 0x81;
            }
        }
        return bytes;
    }

    private static Path fiftyMegabytes(Path dir) throws IOException {
        Path file = dir.resolve("fifty-megabytes.txt");
        byte[] text = AppendixFile.bytes();
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += text.length) {
                out.write(text);
            }
        }
        return file;
    }
}
