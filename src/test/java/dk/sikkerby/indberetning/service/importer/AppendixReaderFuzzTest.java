package dk.sikkerby.indberetning.service.importer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.importcore.Finding;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Mutates the real 2021 file (bytes flipped, markup, tabs, line breaks and broken UTF-8 inserted,
 * ranges deleted, lines repeated, the file cut short) and reads it: the reader may only report
 * findings, never throw or hang. Bounded: a fixed number of tries, each with a time limit.
 */
class AppendixReaderFuzzTest {

    private static final byte[] ORIGINAL = AppendixFile.bytes();
    private static final List<String> INSERTS = List.of("\t", "\n", "\r", "\r\n", "<", ">", "&", "<p>", "</p>", "<i>",
            "</i>", "<b>", "<p class=x>", "&#0;", "&#xD800;", "&#99999999;", "&amp", "&nbsp;", "¹", "/", "11/10",
            "Ikke relevant", "Bilag 1: for 9999", "Bilag 2 for 2020", "PRIMÆR FOREBYGGELSE", "\t\t\t\t", "\t\t\t",
            "Indsats\tForvaltning\tMålopfyldelse", "¹ XYZ er Foo, og", "KKF", "------", "\u0000", "\u0007", "\u00ad",
            "\uFEFF", "ÆØÅ", "<".repeat(300), "&".repeat(50), " ".repeat(5000), "x".repeat(11_000));

    private final AppendixReader reader = new AppendixReader(KnownVocabulary.builtIn());

    @Property(tries = 1000, shrinking = ShrinkingMode.OFF)
    void onlyEverReportsFindings(@ForAll("mutatedFiles") byte[] bytes) {
        ParsedAppendix parsed = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> reader.read("fuzz.txt", bytes, Optional.empty(), Progress.NONE));

        int lines = TextDecoder.lineOf(bytes, bytes.length);
        for (Finding f : parsed.findings()) {
            assertTrue(f.line() >= 0 && f.line() <= lines, f::toString);
            assertTrue(f.column() >= 0, f::toString);
        }
        if (!parsed.hasErrors()) {
            assertFalse(parsed.initiatives().isEmpty());
            assertTrue(parsed.year() >= ReportYear.FIRST && parsed.year() <= ReportYear.LAST);
            assertTrue(parsed.initiatives().stream().allMatch(i -> parsed.categories().stream()
                    .anyMatch(c -> c.name().equals(i.category()))));
        }
    }

    @Provide
    Arbitrary<byte[]> mutatedFiles() {
        return mutation().list().ofMinSize(1).ofMaxSize(8).map(mutations -> {
            byte[] bytes = ORIGINAL;
            for (UnaryOperator<byte[]> m : mutations) {
                bytes = m.apply(bytes);
            }
            return bytes;
        });
    }

    private static Arbitrary<UnaryOperator<byte[]>> mutation() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<UnaryOperator<byte[]>> flip = Combinators.combine(at, Arbitraries.bytes())
                .as((p, b) -> bytes -> flip(bytes, p, b));
        Arbitrary<UnaryOperator<byte[]>> insert = Combinators.combine(at, Arbitraries.of(INSERTS))
                .as((p, s) -> bytes -> insert(bytes, p, s.getBytes(StandardCharsets.UTF_8)));
        Arbitrary<UnaryOperator<byte[]>> brokenUtf8 = Combinators.combine(at, Arbitraries.of((byte) 0xC3, (byte) 0xE2,
                (byte) 0x80, (byte) 0xFF, (byte) 0x81)).as((p, b) -> bytes -> insert(bytes, p, new byte[] {b}));
        Arbitrary<UnaryOperator<byte[]>> delete = Combinators.combine(at, Arbitraries.integers().between(1, 400))
                .as((p, n) -> bytes -> delete(bytes, p, n));
        Arbitrary<UnaryOperator<byte[]>> repeat = Combinators.combine(at, Arbitraries.integers().between(1, 3000))
                .as((p, n) -> bytes -> repeat(bytes, p, n));
        Arbitrary<UnaryOperator<byte[]>> cut = at.map(p -> bytes -> Arrays.copyOf(bytes, index(bytes, p)));
        return Arbitraries.oneOf(flip, insert, insert, brokenUtf8, delete, repeat, cut);
    }

    private static int index(byte[] bytes, double p) {
        return (int) Math.min(bytes.length, Math.floor(p * (bytes.length + 1)));
    }

    private static byte[] flip(byte[] bytes, double p, byte value) {
        if (bytes.length == 0) {
            return bytes;
        }
        byte[] copy = bytes.clone();
        copy[Math.min(copy.length - 1, index(copy, p))] = value;
        return copy;
    }

    private static byte[] insert(byte[] bytes, double p, byte[] inserted) {
        int i = index(bytes, p);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
        out.write(bytes, 0, i);
        out.writeBytes(inserted);
        out.write(bytes, i, bytes.length - i);
        return out.toByteArray();
    }

    private static byte[] delete(byte[] bytes, double p, int length) {
        int from = index(bytes, p);
        int to = Math.min(bytes.length, from + length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        out.write(bytes, 0, from);
        out.write(bytes, to, bytes.length - to);
        return out.toByteArray();
    }

    /** Repeats a stretch of the file right after itself (a line pasted twice, a row duplicated). */
    private static byte[] repeat(byte[] bytes, double p, int length) {
        int from = index(bytes, p);
        int to = Math.min(bytes.length, from + length);
        return insert(bytes, (double) to / (bytes.length + 1), Arrays.copyOfRange(bytes, from, to));
    }
}
