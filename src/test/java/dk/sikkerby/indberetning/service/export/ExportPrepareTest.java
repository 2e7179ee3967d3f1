package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.TestServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readying the export ahead of its first use (decision 1907): the shown year's workbook is written to nowhere,
 * so nothing is left on the disk, and the export the user then asks for is the same workbook as without it.
 */
class ExportPrepareTest {

    @TempDir
    Path dir;

    @AfterEach
    void defaultTemporaryFiles() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @Test
    void readyingTheExportLeavesNoFileAndTheExportAfterItIsTheSameWorkbook() throws IOException {
        Path temporary = Files.createDirectories(dir.resolve("poi"));
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temporary.toFile()));
        try (Database db = TestDatabase.open(Files.createDirectories(dir.resolve("db")))) {
            ExportFixture.create(db.dsl());
            String before;
            try (XSSFWorkbook workbook = ExportFixture.exportAndRead(db.dsl(), dir.resolve("before.xlsx"))) {
                before = text(workbook);
            }
            ExportService exports = TestServices.exports(db.store(), Messages.forLocale(Messages.DANISH));
            YearTable shown = new SubmissionService(db.store()).loadYear(ExportFixture.YEAR);

            exports.prepare(shown);

            assertEquals(List.of(), files(temporary), "the streaming workbook's temporary files are deleted");
            assertEquals(List.of("before.xlsx", "db", "poi"), files(dir), "no workbook is written anywhere");
            try (XSSFWorkbook workbook = ExportFixture.exportAndRead(db.dsl(), dir.resolve("after.xlsx"))) {
                assertEquals(before, text(workbook), "the export after it is the same, cell for cell");
            }
        }
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** Every sheet's cells as the user sees them. */
    private static String text(XSSFWorkbook workbook) {
        DataFormatter formatter = new DataFormatter();
        StringBuilder out = new StringBuilder();
        for (Sheet sheet : workbook) {
            out.append("# ").append(sheet.getSheetName()).append('\n');
            for (Row row : sheet) {
                for (Cell cell : row) {
                    out.append(formatter.formatCellValue(cell)).append('\t');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}
