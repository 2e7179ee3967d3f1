package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export that fails while the workbook is being written leaves the old file and no temporary file. */
class ExportAtomicWriteTest {

    private static final byte[] OLD = "the old appendix".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWorkbookWriterThatFailsMidwayLeavesTheOldWorkbook() throws IOException {
        Path target = dir.resolve("bilag.xlsx");
        Files.write(target, OLD);
        try (Database db = TestDatabase.open(dir.resolve("db"))) {
            ExportFixture.create(db.dsl());
            Progress failAtThirdRow = (done, total) -> {
                if (done == 3) {
                    throw new IllegalStateException("stopped midway");
                }
            };
            ExportService service = TestServices.exports(db.store(), Messages.forLocale(Messages.DANISH));
            assertThrows(IllegalStateException.class,
                    () -> service.export(TestActors.administrator(), ExportRequest.xlsx(ExportFixture.YEAR, target), failAtThirdRow));
        }
        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertEquals(List.of("bilag.xlsx", "db"), names());
    }
}
