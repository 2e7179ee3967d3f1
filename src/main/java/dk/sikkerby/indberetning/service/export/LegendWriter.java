package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.TrafficLight;
import dk.sikkerby.indberetning.domain.TrafficLightThresholds;
import dk.sikkerby.indberetning.i18n.Messages;
import java.io.IOException;
import java.util.Locale;

/**
 * The legend of the traffic lights, below the footnote: one coloured cell per colour with what it
 * means under the year's thresholds, and a line saying that not relevant and missing have no colour.
 */
final class LegendWriter {

    private final SheetXml sheet;
    private final RichTextCells cells;
    private final Messages messages;
    private final int columns;

    LegendWriter(SheetXml sheet, RichTextCells cells, Messages messages, int columns) {
        this.sheet = sheet;
        this.cells = cells;
        this.messages = messages;
        this.columns = columns;
    }

    void write(int firstRow, TrafficLightThresholds thresholds) throws IOException {
        int r = firstRow;
        sheet.row(r++, Float.NaN);
        cells.text(0, messages.get("export.legend.title"), WorkbookStyles.LEGEND_TITLE);
        for (TrafficLight light : TrafficLight.values()) {
            sheet.row(r, Float.NaN);
            String name = messages.get("export.legend." + light.name().toLowerCase(Locale.ROOT));
            cells.text(0, name, WorkbookStyles.lightLegend(light));
            cells.text(1, meaning(messages, light, thresholds), WorkbookStyles.LEGEND_TEXT);
            sheet.merge(r, 1, columns - 1);
            r++;
        }
        sheet.row(r, Float.NaN);
        cells.text(0, messages.get("export.legend.noColour"), WorkbookStyles.LEGEND_TEXT);
        sheet.merge(r, 0, columns - 1);
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
