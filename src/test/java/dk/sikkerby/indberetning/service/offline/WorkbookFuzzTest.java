package dk.sikkerby.indberetning.service.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.SubmissionRules;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.testsupport.TestActors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Mutated returned workbooks, from flipped bytes to edited sheet XML: whatever the file, reading it
 * ends in bounded time with either rows every rule accepts or a refusal whose every finding has a
 * message. Nothing escapes as an exception, and nothing is written.
 */
class WorkbookFuzzTest {

    private static final String[] PIECES = {"<", ">", "\"", "&amp;", "<f>1+1</f>", "<v>", "</v>", "<c r=\"C4\">", "</c>",
        " t=\"s\"", " t=\"inlineStr\"", " t=\"e\"", " t=\"b\"", "<is><t>x</t></is>", "r=\"", "<row r=\"999999\">", "</row>",
        "99999999999", "-1", "2.5", "1E+9", "_x0001_", "<i/>", "<!DOCTYPE x [<!ENTITY e \"e\">]>", "&e;", "ÆØÅ"};

    private static Path folder;
    private static OfflineFixture fixture;
    private static Map<String, byte[]> parts;
    private static byte[] zip;
    private static String snapshot;

    @BeforeContainer
    static void makeFilledWorkbook() throws IOException {
        folder = Files.createTempDirectory("sikkerby-fuzz");
        fixture = new OfflineFixture(folder);
        Path file = fixture.template("SOF", folder);
        try (Coordinator c = Coordinator.open(file)) {
            c.score(OfflineFixture.SJAKKET, 3, 4).italicNote(OfflineFixture.SJAKKET, "En bemærkning", 3, 8)
                    .notRelevant(OfflineFixture.KBH);
        }
        zip = Files.readAllBytes(file);
        parts = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                parts.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        snapshot = DatabaseSnapshot.of(fixture.database.dsl());
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        fixture.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 300)
    void aMutatedWorkbookOnlyEverYieldsFindingsOrValidRows(@ForAll("mutants") byte[] mutant) throws IOException {
        Path file = Files.write(Files.createTempFile(folder, "mutant", ".xlsx"), mutant);

        ImportPreview preview = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> fixture.exchange.preview(TestActors.administrator(), List.of(file), Expectation.none(), Progress.NONE));

        FilePlan plan = preview.files().get(0);
        Statistics.collect(plan.refused() ? "refused" : "read");
        for (String text : new PreviewText(fixture.messages).findings(plan)) {
            assertFalse(text.contains("!offline") || text.contains("!validation"), text);
        }
        if (plan.refused()) {
            assertTrue(plan.rows().isEmpty());
        } else {
            assertNotNull(plan.workbook().manifest());
            for (RowPlan row : plan.rows()) {
                assertNotNull(plan.workbook().manifest().row(row.initiativeId()));
                assertEquals(List.of(), SubmissionRules.validate(SubmissionForm.of(row.score(), row.note(), row.assessment())));
            }
        }
        assertEquals(snapshot, DatabaseSnapshot.of(fixture.database.dsl()));
        Files.delete(file);
    }

    @Provide
    Arbitrary<byte[]> mutants() {
        List<String> names = new ArrayList<>(parts.keySet());
        Arbitrary<byte[]> flipped = Arbitraries.integers().between(1, 20).flatMap(n ->
                Arbitraries.integers().between(0, zip.length - 1).list().ofSize(n).map(positions -> {
                    byte[] copy = zip.clone();
                    positions.forEach(p -> copy[p] ^= (byte) (1 + p % 255));
                    return copy;
                }));
        Arbitrary<byte[]> truncated = Arbitraries.integers().between(0, zip.length - 1)
                .map(n -> java.util.Arrays.copyOf(zip, n));
        Arbitrary<byte[]> edited = Combinators.combine(Arbitraries.of(names), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 400), Arbitraries.of(PIECES), Arbitraries.integers().between(0, 3))
                .as((name, where, length, piece, kind) -> rezip(name, edit(parts.get(name), where, length, piece, kind)));
        Arbitrary<byte[]> dropped = Arbitraries.of(names).map(name -> rezip(name, null));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, flipped), net.jqwik.api.Tuple.of(1, truncated),
                net.jqwik.api.Tuple.of(6, edited), net.jqwik.api.Tuple.of(1, dropped));
    }

    /** Deletes, replaces, inserts or doubles a stretch of the part's text. */
    private static byte[] edit(byte[] part, double where, int length, String piece, int kind) {
        String text = new String(part, StandardCharsets.UTF_8);
        int at = (int) (where * text.length());
        int end = Math.min(text.length(), at + length);
        String result = switch (kind) {
            case 0 -> text.substring(0, at) + text.substring(end);
            case 1 -> text.substring(0, at) + piece + text.substring(end);
            case 2 -> text.substring(0, at) + piece + text.substring(at);
            default -> text.substring(0, end) + text.substring(at, end) + text.substring(end);
        };
        return result.getBytes(StandardCharsets.UTF_8);
    }

    /** The workbook with one part replaced ({@code content}) or left out (null). */
    private static byte[] rezip(String name, byte[] content) {
        try (var bytes = new java.io.ByteArrayOutputStream(); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                byte[] data = part.getKey().equals(name) ? content : part.getValue();
                if (data != null) {
                    out.putNextEntry(new ZipEntry(part.getKey()));
                    out.write(data);
                    out.closeEntry();
                }
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
