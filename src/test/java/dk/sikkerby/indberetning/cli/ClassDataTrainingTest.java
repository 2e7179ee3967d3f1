package dk.sikkerby.indberetning.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's training run for the command line's class-data archive (decision 1900) runs every command it
 * lists to success: a renamed command or option would otherwise only show when packaging.
 */
class ClassDataTrainingTest {

    @TempDir
    Path dir;

    @Test
    void everyTrainingCommandSucceedsAndWritesItsFiles() throws IOException {
        Files.writeString(dir.resolve("left-over.txt"), "from an earlier build");

        ClassDataTraining.train(dir);

        assertTrue(Files.notExists(dir.resolve("left-over.txt")), "the folder is emptied first");
        for (String format : new String[] {"xlsx", "csv", "pdf", "docx"}) {
            Path export = dir.resolve("export." + format);
            assertTrue(Files.size(export) > 0, "export." + format + " written");
        }
        try (var templates = Files.list(dir.resolve("templates"))) {
            assertTrue(templates.anyMatch(f -> f.toString().endsWith(".xlsx")), "a template per department");
        }
        assertTrue(Files.exists(dir.resolve("training.mv.db")));
    }
}
