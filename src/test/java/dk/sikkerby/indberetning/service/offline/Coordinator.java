package dk.sikkerby.indberetning.service.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills in a workbook with POI as a coordinator does in Excel: finds the initiative's row, types values. */
final class Coordinator implements AutoCloseable {

    final XSSFWorkbook workbook;
    final XSSFSheet sheet;
    private final Path file;

    private Coordinator(Path file) throws IOException {
        this.file = file;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        sheet = workbook.getSheetAt(0);
    }

    static Coordinator open(Path file) throws IOException {
        return new Coordinator(file);
    }

    Row row(String initiative) {
        return new Found(sheet).row(initiative);
    }

    /** Finds an initiative's row by the name shown in it. */
    record Found(XSSFSheet sheet) {
        Row row(String initiative) {
            for (Row row : sheet) {
                Cell name = row.getCell(TemplateLayout.NAME);
                if (row.getRowNum() >= TemplateLayout.FIRST_DATA_ROW && name != null
                        && name.getCellType() == CellType.STRING && name.getStringCellValue().equals(initiative)) {
                    return row;
                }
            }
            throw new IllegalArgumentException("No row for " + initiative);
        }
    }

    Coordinator score(String initiative, int met, int total) {
        Row row = row(initiative);
        cell(row, TemplateLayout.MET).setCellValue(met);
        cell(row, TemplateLayout.TOTAL).setCellValue(total);
        cell(row, TemplateLayout.NOT_RELEVANT).setBlank();
        return this;
    }

    Coordinator notRelevant(String initiative) {
        Row row = row(initiative);
        cell(row, TemplateLayout.MET).setBlank();
        cell(row, TemplateLayout.TOTAL).setBlank();
        cell(row, TemplateLayout.NOT_RELEVANT).setCellValue("Ikke relevant");
        return this;
    }

    Coordinator note(String initiative, String text) {
        cell(row(initiative), TemplateLayout.NOTE).setCellValue(text);
        return this;
    }

    /** A note with the words from {@code from} to {@code to} in italics (selected, Ctrl+I). */
    Coordinator italicNote(String initiative, String text, int from, int to) {
        XSSFRichTextString rich = new XSSFRichTextString(text);
        XSSFFont italic = workbook.createFont();
        italic.setItalic(true);
        rich.applyFont(from, to, italic);
        cell(row(initiative), TemplateLayout.NOTE).setCellValue(rich);
        return this;
    }

    Coordinator text(String initiative, int column, String value) {
        cell(row(initiative), column).setCellValue(value);
        return this;
    }

    Coordinator number(String initiative, int column, double value) {
        cell(row(initiative), column).setCellValue(value);
        return this;
    }

    Coordinator formula(String initiative, int column, String formula) {
        cell(row(initiative), column).setCellFormula(formula);
        return this;
    }

    static Cell cell(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell != null ? cell : row.createCell(column);
    }

    void saveAs(Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            workbook.write(out);
        }
    }

    @Override
    public void close() throws IOException {
        saveAs(file);
        workbook.close();
    }
}
