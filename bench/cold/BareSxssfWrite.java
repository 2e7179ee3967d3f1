import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Issue 19's bare baseline for the 10,000-row export, run as a new process by bench/cold-commands.sh:
 * POI's SXSSF with its defaults, no styles, no app. Writes 10,000 rows of 5 columns (initiative, department,
 * score, and two texts of about 500 characters, as the year in the database has) to an xlsx file.
 * Arguments: the file, then optionally the number of rows (10,000).
 */
public final class BareSxssfWrite {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Random random = new Random(2021);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("Bilag 1");
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("Indsats nr. " + (i + 1));
                row.createCell(1).setCellValue("SOF");
                row.createCell(2).setCellValue(random.nextInt(10));
                row.createCell(3).setCellValue(BareH2Insert.text(random, 500));
                row.createCell(4).setCellValue(BareH2Insert.text(random, 500));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }
}
