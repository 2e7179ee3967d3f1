package dk.sikkerby.indberetning.service.importer;

/**
 * What an import does with one submission. {@code CHANGED}: stored as an earlier import wrote it, and
 * the file differs; replaced only with --replace (or confirmation). {@code EDITED_IN_APP}: the stored
 * submission was written in the app (after an import, or never imported) and differs from the file;
 * an import never overwrites it (decision 0102).
 */
public enum SubmissionKind {
    NEW, CHANGED, UNCHANGED, EDITED_IN_APP
}
