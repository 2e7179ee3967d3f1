package dk.sikkerby.indberetning.service.offline;

import static dk.sikkerby.indberetning.service.offline.OfflineFixture.KBH;
import dk.sikkerby.indberetning.testsupport.TestActors;
import static dk.sikkerby.indberetning.service.offline.OfflineFixture.SJAKKET;
import static dk.sikkerby.indberetning.service.offline.OfflineFixture.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows are mapped by their hidden ids: sorting and hiding change nothing; a deleted row is reported. */
class RowMappingTest {

    @TempDir
    Path folder;
    OfflineFixture fixture;
    Path sof;

    @BeforeEach
    void setUp() {
        fixture = new OfflineFixture(folder);
        fixture.submissions.save(TestActors.administrator(), YEAR, fixture.id(SJAKKET), OfflineFixture.form("8", "10", false, RichText.plain("Gemt")), 0);
        sof = fixture.template("SOF", folder);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void sortedRowsAreMappedByTheirIds() throws Exception {
        try (Coordinator c = Coordinator.open(sof)) {
            swapRows(c.sheet.getRow(TemplateLayout.FIRST_DATA_ROW), c.sheet.getRow(TemplateLayout.FIRST_DATA_ROW + 1));
            assertEquals(KBH, c.sheet.getRow(TemplateLayout.FIRST_DATA_ROW).getCell(TemplateLayout.NAME).getStringCellValue());
            c.score(SJAKKET, 9, 10).score(KBH, 0, 3);
        }

        fixture.apply(fixture.preview(sof));

        assertEquals(Score.of(9, 10), fixture.score(SJAKKET));
        assertEquals(Score.of(0, 3), fixture.score(KBH));
    }

    @Test
    void aHiddenRowIsReadLikeAnyOther() throws Exception {
        try (Coordinator c = Coordinator.open(sof)) {
            c.score(SJAKKET, 10, 10).row(SJAKKET).setZeroHeight(true);
        }

        fixture.apply(fixture.preview(sof));

        assertEquals(Score.of(10, 10), fixture.score(SJAKKET));
    }

    @Test
    void aDeletedRowIsReportedAndWhatIsStoredForItIsKept() throws Exception {
        try (Coordinator c = Coordinator.open(sof)) {
            c.score(KBH, 2, 2);
            c.sheet.removeRow(c.row(SJAKKET));
            c.sheet.shiftRows(TemplateLayout.FIRST_DATA_ROW + 1, TemplateLayout.FIRST_DATA_ROW + 1, -1);
        }

        ImportPreview preview = fixture.preview(sof);

        assertFalse(preview.anyRefused());
        assertEquals(List.of("Ark SOF: indsatsen \"Sjakket\" mangler i arket (rækken er slettet) og læses ikke ind. "
                + "Det, der er gemt for den, bevares."), fixture.findings(preview));
        assertEquals(List.of(RowStatus.CHANGED, RowStatus.MISSING),
                preview.files().get(0).rows().stream().map(RowPlan::status).toList());
        assertEquals(new ApplyResult(1, 0, 1), fixture.apply(preview));
        assertEquals(Score.of(8, 10), fixture.score(SJAKKET));
        assertEquals(RichText.plain("Gemt"), fixture.stored(SJAKKET).departmentNote());
        assertEquals(Score.of(2, 2), fixture.score(KBH));
    }

    @Test
    void aRowAddedByTheCoordinatorIsReportedNotRead() throws Exception {
        try (Coordinator c = Coordinator.open(sof)) {
            Row added = c.sheet.createRow(TemplateLayout.FIRST_DATA_ROW + 3);
            added.createCell(TemplateLayout.NAME).setCellValue("Ny indsats");
            added.createCell(TemplateLayout.MET).setCellValue(1);
            added.createCell(TemplateLayout.TOTAL).setCellValue(1);
        }

        ImportPreview preview = fixture.preview(sof);

        assertFalse(preview.anyRefused());
        assertEquals(List.of("Ark SOF: række 7 har ingen id-nummer og læses ikke ind (rækker tilføjet i projektmappen "
                + "kan ikke læses ind)."), fixture.findings(preview));
    }

    /** What sorting the table does: the two rows trade places, hidden ids included. */
    private static void swapRows(Row a, Row b) {
        for (int column = 0; column < TemplateLayout.COLUMNS; column++) {
            Cell x = Coordinator.cell(a, column);
            Cell y = Coordinator.cell(b, column);
            Object xv = value(x);
            set(x, value(y));
            set(y, xv);
        }
    }

    private static Object value(Cell cell) {
        return cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
                : cell.getCellType() == CellType.STRING ? cell.getRichStringCellValue() : null;
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof Double d) {
            cell.setCellValue(d);
        } else if (value instanceof org.apache.poi.ss.usermodel.RichTextString s) {
            cell.setCellValue(s);
        } else {
            cell.setBlank();
        }
    }
}
