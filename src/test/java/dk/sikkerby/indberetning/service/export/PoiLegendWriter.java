package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.TrafficLight;
import dk.sikkerby.indberetning.domain.TrafficLightThresholds;
import dk.sikkerby.indberetning.i18n.Messages;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The legend of the traffic lights, below the footnote: one coloured cell per colour with what it
 * means under the year's thresholds, and a line saying that not relevant and missing have no colour.
 */
final class PoiLegendWriter {

    private final Sheet sheet;
    private final PoiWorkbookStyles styles;
    private final Messages messages;
    private final PoiRichTextCells cells;
    private final int columns;

    PoiLegendWriter(Sheet sheet, PoiWorkbookStyles styles, Messages messages, PoiRichTextCells cells, int columns) {
        this.sheet = sheet;
        this.styles = styles;
        this.messages = messages;
        this.cells = cells;
        this.columns = columns;
    }

    void write(int firstRow, TrafficLightThresholds thresholds) {
        int r = firstRow;
        cells.text(sheet.createRow(r++).createCell(0), messages.get("export.legend.title"), styles.legendTitle);
        for (TrafficLight light : TrafficLight.values()) {
            Row row = sheet.createRow(r);
            String name = messages.get("export.legend." + light.name().toLowerCase(Locale.ROOT));
            cells.text(row.createCell(0), name, styles.lightLegend(light));
            cells.text(row.createCell(1), LegendWriter.meaning(messages, light, thresholds), styles.legendText);
            sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 1, columns - 1));
            r++;
        }
        cells.text(sheet.createRow(r).createCell(0), messages.get("export.legend.noColour"), styles.legendText);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, columns - 1));
    }
}
