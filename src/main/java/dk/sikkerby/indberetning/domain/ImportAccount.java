package dk.sikkerby.indberetning.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The audit trail's account of the submissions an import created (decision 1905): one row (field
 * {@link AuditField#IMPORT_RUN}, initiative empty) names the stored import run, the file's SHA-256 and
 * name, and the initiatives whose new submission the import wrote, as ranges ("1-500,502"), instead of
 * one row per field of each new submission. A new submission's "before" is always the empty, not-started
 * row, and its values as imported are the oldest later audit row's old value of each field, or the
 * value still stored: {@code AuditRepository.forSubmission} shows them as the field rows they replace.
 *
 * @param initiatives the initiatives' ids, ascending ranges {@code [from, to]}
 */
public record ImportAccount(long runId, String sha256, List<int[]> initiatives, String fileName) {

    /** Above this many characters the account is split over several rows (the column holds 200,000). */
    static final int MAX_CHARS = 100_000;

    public ImportAccount {
        initiatives = List.copyOf(initiatives);
    }

    /** The accounts of the new submissions of {@code initiativeIds}, one per row of at most {@value #MAX_CHARS} characters. */
    public static List<ImportAccount> of(long runId, String sha256, String fileName, List<Integer> initiativeIds) {
        List<int[]> ranges = new ArrayList<>();
        for (int id : new TreeSet<>(initiativeIds)) {
            int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && last[1] == id - 1) {
                last[1] = id;
            } else {
                ranges.add(new int[] {id, id});
            }
        }
        List<ImportAccount> accounts = new ArrayList<>();
        List<int[]> part = new ArrayList<>();
        int chars = 0;
        for (int[] range : ranges) {
            int length = range(range).length() + 1;
            if (chars + length > MAX_CHARS && !part.isEmpty()) {
                accounts.add(new ImportAccount(runId, sha256, part, fileName));
                part = new ArrayList<>();
                chars = 0;
            }
            part.add(range);
            chars += length;
        }
        if (!part.isEmpty()) {
            accounts.add(new ImportAccount(runId, sha256, part, fileName));
        }
        return accounts;
    }

    /**
     * The row's value: "import 12", "sha256 …", "initiatives 1-500,502" and "file …" on four lines (the file
     * last, so that its name may hold anything). The server's commit check reads the first three.
     */
    public String auditValue() {
        StringBuilder ids = new StringBuilder();
        for (int[] range : initiatives) {
            ids.append(ids.length() == 0 ? "" : ",").append(range(range));
        }
        return "import " + runId + "\nsha256 " + sha256 + "\ninitiatives " + ids + "\nfile " + fileName;
    }

    /** Reads a row's value back; empty if it is not an account. */
    public static Optional<ImportAccount> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] lines = value.split("\n", 4);
        if (lines.length < 4 || !lines[0].startsWith("import ") || !lines[1].startsWith("sha256 ")
                || !lines[2].startsWith("initiatives ") || !lines[3].startsWith("file ")) {
            return Optional.empty();
        }
        try {
            List<int[]> ranges = new ArrayList<>();
            String ids = lines[2].substring("initiatives ".length());
            for (String range : ids.isEmpty() ? new String[0] : ids.split(",")) {
                int dash = range.indexOf('-');
                int from = Integer.parseInt(dash < 0 ? range : range.substring(0, dash));
                ranges.add(new int[] {from, dash < 0 ? from : Integer.parseInt(range.substring(dash + 1))});
            }
            return Optional.of(new ImportAccount(Long.parseLong(lines[0].substring("import ".length())),
                    lines[1].substring("sha256 ".length()), ranges, lines[3].substring("file ".length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the import created the submission of {@code initiativeId}. */
    public boolean covers(int initiativeId) {
        for (int[] range : initiatives) {
            if (initiativeId >= range[0] && initiativeId <= range[1]) {
                return true;
            }
        }
        return false;
    }

    /** How many new submissions the row accounts for. */
    public int count() {
        return initiatives.stream().mapToInt(r -> r[1] - r[0] + 1).sum();
    }

    private static String range(int[] range) {
        return range[0] == range[1] ? String.valueOf(range[0]) : range[0] + "-" + range[1];
    }
}
