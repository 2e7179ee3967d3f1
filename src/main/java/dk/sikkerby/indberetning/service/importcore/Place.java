package dk.sikkerby.indberetning.service.importcore;

/**
 * Where in a file a finding is: the whole file, a line and column of a text file (1-based; column 0
 * for the whole line), or a sheet and a cell of a workbook (no cell for the whole sheet).
 */
public sealed interface Place permits Place.WholeFile, Place.Line, Place.Cell {

    /** The file as a whole. */
    Place WHOLE_FILE = new WholeFile();

    static Place line(int line, int column) {
        return line == 0 ? WHOLE_FILE : new Line(line, column);
    }

    /** {@code cell}: "C7", or null for the sheet as a whole; no sheet: the whole file. */
    static Place cell(String sheet, String cell) {
        return sheet == null ? WHOLE_FILE : new Cell(sheet, cell);
    }

    record WholeFile() implements Place {
    }

    record Line(int line, int column) implements Place {
    }

    record Cell(String sheet, String cell) implements Place {
    }
}
