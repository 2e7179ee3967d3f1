package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.testsupport.Sample2021;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The real 2021 appendix the app ships ({@link Sample2021}), and variants of it made line by line. */
final class AppendixFile {

    private AppendixFile() {
    }

    static Path path() {
        return Sample2021.path();
    }

    static byte[] bytes() {
        try {
            return Files.readAllBytes(path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    /** The file's lines; line n of the file is element n - 1. */
    static List<String> lines() {
        return new ArrayList<>(Arrays.asList(text().split("\n", -1)));
    }

    static String join(List<String> lines) {
        return String.join("\n", lines);
    }

    /** The file with line {@code number} (1-based) replaced. */
    static String withLine(int number, String text) {
        List<String> lines = lines();
        lines.set(number - 1, text);
        return join(lines);
    }

    /** The file with line {@code number} changed by replacing {@code from} with {@code to} in it. */
    static String replaceInLine(int number, String from, String to) {
        String line = lines().get(number - 1);
        if (!line.contains(from)) {
            throw new IllegalArgumentException("Line " + number + " has no " + from);
        }
        return withLine(number, line.replace(from, to));
    }

    /** The file with {@code text} inserted as line {@code number}; the lines from there move down one. */
    static String insertLine(int number, String text) {
        List<String> lines = lines();
        lines.add(number - 1, text);
        return join(lines);
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }
}
