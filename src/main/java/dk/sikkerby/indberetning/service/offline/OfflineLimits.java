package dk.sikkerby.indberetning.service.offline;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The limits a returned workbook must keep before any of it is read. A department has a few dozen
 * initiatives; the limits leave room for fifty times that and for notes at their longest, and no
 * more, so a hostile file cannot make the app read without end. See docs/decisions/0301.
 */
public final class OfflineLimits {

    /** Largest file read: 500 initiatives with 10,000-character notes compress to well under this. */
    public static final long MAX_FILE_BYTES = 25L * 1024 * 1024;

    /** Largest expanded part of the zip (POI's ZipSecureFile enforces it while inflating). */
    public static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    /** Smallest compressed/expanded ratio of a zip entry; POI's default, below it is a zip bomb. */
    public static final double MIN_INFLATE_RATIO = 0.01;

    /** Most entries (parts) in the zip; Excel and LibreOffice write a dozen or two. */
    public static final int MAX_ZIP_ENTRIES = 1_000;

    /** Most rows in a sheet; a department's sheet has one per initiative. */
    public static final int MAX_ROWS = 10_000;

    private OfflineLimits() {
    }

    /**
     * Sets POI's zip limits, which are global in POI, to these; called once by the composition root at
     * start-up, before any workbook is read. Only ever tightens, never loosens, so calling it again is
     * harmless.
     */
    public static void applyToPoi() {
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_BYTES));
        ZipSecureFile.setMaxFileCount(Math.min(ZipSecureFile.getMaxFileCount(), MAX_ZIP_ENTRIES));
    }
}
