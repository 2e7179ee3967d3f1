package dk.sikkerby.indberetning.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether the file is worth compacting at close: whether at least a tenth of it, or of its chunks, is space
 * that no longer holds live data (H2's {@code info.FILL_RATE} and {@code info.CHUNKS_FILL_RATE}). A session
 * that only read (an export, {@code years}) leaves the file as full as the last compaction left it, and
 * compacting it again copied every page into a new file: on a 10,000-initiative file 12 MB written and most
 * of a second of CPU, a fifth of a cold export (decision 1906). H2's own count of writes cannot tell such a
 * session apart: an empty rollback (the pool makes one per connection) stores a small chunk.
 */
final class FillRate {

    private static final Logger LOG = Logger.getLogger(FillRate.class.getName());

    /** Below this percentage of live data the file is compacted at close. */
    static final int COMPACT_BELOW = 90;

    private FillRate() {
    }

    /** True if H2 reports less than {@link #COMPACT_BELOW} percent live data, or cannot tell. */
    static boolean worthCompacting(Statement statement) {
        try (ResultSet rs = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            List<Integer> rates = new ArrayList<>();
            while (rs.next()) {
                rates.add(Integer.parseInt(rs.getString(1).strip()));
            }
            boolean worth = rates.size() < 2 || rates.stream().anyMatch(r -> r < COMPACT_BELOW);
            LOG.log(worth ? Level.INFO : Level.FINE, () -> "Live data in the file and in its chunks: " + rates
                    + " %; " + (worth ? "compacting it at close." : "not compacted."));
            return worth;
        } catch (SQLException | RuntimeException e) {
            return true;
        }
    }
}
