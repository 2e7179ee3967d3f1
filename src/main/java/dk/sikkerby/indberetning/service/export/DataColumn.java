package dk.sikkerby.indberetning.service.export;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of the data sheet and the CSV, in order, each with its bundle key, its width on the
 * data sheet (in characters) and its value: an Integer, Double, Boolean, String, or null for "none".
 */
enum DataColumn {
    YEAR("export.data.year", 8, DataRecord::year),
    CATEGORY("export.data.category", 26, DataRecord::category),
    INITIATIVE("export.data.initiative", 40, DataRecord::initiative),
    DEPARTMENT_CODE("export.data.departmentCode", 12, DataRecord::departmentCode),
    DEPARTMENT_NAME("export.data.departmentName", 36, DataRecord::departmentName),
    MISSING("export.data.missing", 12, DataRecord::missing),
    MET("export.data.met", 10, DataRecord::met),
    TOTAL("export.data.total", 10, DataRecord::total),
    NOT_RELEVANT("export.data.notRelevant", 12, DataRecord::notRelevant),
    SHARE("export.data.share", 12, DataRecord::share),
    NOTE("export.data.note", 60, DataRecord::note),
    ASSESSMENT("export.data.assessment", 60, DataRecord::assessment),
    /** Only when the export asks for it ({@link AppendixOptions#lastYear()}): the latest earlier score as shown. */
    LAST_YEAR("export.column.lastYear", 12, DataRecord::lastYear);

    /** The columns in order; the "last year" column only when asked for. */
    static List<DataColumn> of(AppendixOptions options) {
        return Arrays.stream(values()).filter(c -> c != LAST_YEAR || options.lastYear()).toList();
    }

    private final String key;
    private final int width;
    private final Function<DataRecord, Object> value;

    DataColumn(String key, int width, Function<DataRecord, Object> value) {
        this.key = key;
        this.width = width;
        this.value = value;
    }

    String key() {
        return key;
    }

    int width() {
        return width;
    }

    Object valueOf(DataRecord record) {
        return value.apply(record);
    }
}
