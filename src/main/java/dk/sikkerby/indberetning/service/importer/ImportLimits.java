package dk.sikkerby.indberetning.service.importer;

/**
 * The importer's bounds. A real appendix is about 20 KB; the largest file accepted holds some 20,000
 * initiatives with long notes and is read whole into memory, so a larger file is refused before any
 * of it is read (decision 0101).
 */
public final class ImportLimits {

    /** Largest file the importer reads, in bytes (25 MiB). */
    public static final long MAX_FILE_BYTES = 25L * 1024 * 1024;

    /** After this many errors the reader stops: the file is not an appendix, and more would only bury the first. */
    public static final int MAX_ERRORS = 100;

    /** Longest initiative name, category name and department name (the schema's column sizes). */
    public static final int MAX_NAME = 200;
    public static final int MAX_INITIATIVE_NAME = 300;
    public static final int MAX_NOTE_LABEL = 100;
    public static final int MAX_TITLE = 300;

    private ImportLimits() {
    }
}
