package dk.sikkerby.indberetning.service.offline;

/** What applying wrote: submissions written, conflicts where the database's version was kept, files logged. */
public record ApplyResult(int written, int kept, int files) {
}
