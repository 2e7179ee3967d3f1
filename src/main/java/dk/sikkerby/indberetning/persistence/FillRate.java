package dk.sikkerby.indberetning.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Whether the file is worth compacting at close: whether at least a tenth of it, or of its chunks, is space
 * that no longer holds live data (H2's {@code info.FILL_RATE} and {@code info.CHUNKS_FILL_RATE}). A session
 * that only read (an export, {@code years}) leaves the file as full as the last compaction left it, and
 * compacting it again copied every page into a new file: on a 10,000-initiative file 12 MB written and most
 * of a second of CPU, a fifth of a cold export (decision 1906). H2's own count of writes cannot tell such a
 * session apart: an empty rollback (the pool makes one per connection) stores a small chunk.
 */
final class FillRate {

    /** Below this percentage of live data the file is compacted at close. */
    static final int COMPACT_BELOW = 90;

    private FillRate() {
    }

    /** True if H2 reports less than {@link #COMPACT_BELOW} percent live data, or cannot tell. */
    static boolean worthCompacting(Statement statement) {
        try (ResultSet rs = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            int rates = 0;
            while (rs.next()) {
                if (Integer.parseInt(rs.getString(1).strip()) < COMPACT_BELOW) {
                    return true;
                }
                rates++;
            }
            return rates < 2;
        } catch (SQLException | RuntimeException e) {
            return true;
        }
    }
}
