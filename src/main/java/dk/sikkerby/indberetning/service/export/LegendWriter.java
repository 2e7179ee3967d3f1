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
final class LegendWriter {

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final Messages messages;
    private final RichTextCells cells;
    private final int columns;

    LegendWriter(Sheet sheet, WorkbookStyles styles, Messages messages, RichTextCells cells, int columns) {
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
            cells.text(row.createCell(1), meaning(messages, light, thresholds), styles.legendText);
            sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 1, columns - 1));
            r++;
        }
        cells.text(sheet.createRow(r).createCell(0), messages.get("export.legend.noColour"), styles.legendText);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, columns - 1));
    }

    /** What a colour means under the thresholds; the PDF and Word documents' legend says the same. */
    static String meaning(Messages messages, TrafficLight light, TrafficLightThresholds t) {
        boolean usual = t.isDefault();
        return switch (light) {
            case RED -> usual ? messages.get("export.legend.red.none") : messages.get("export.legend.red.upTo", t.redMaxPercent());
            case YELLOW -> usual ? messages.get("export.legend.yellow.some")
                    : messages.get("export.legend.yellow.between", t.redMaxPercent(), t.greenMinPercent());
            case GREEN -> usual ? messages.get("export.legend.green.all") : messages.get("export.legend.green.from", t.greenMinPercent());
        };
    }
}
