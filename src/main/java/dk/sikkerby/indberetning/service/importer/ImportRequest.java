package dk.sikkerby.indberetning.service.importer;

import java.util.Optional;

/**
 * How the user asked to import: the year they expect (the title must agree), whether only to show
 * what would happen, and whether changed submissions may be replaced.
 */
public record ImportRequest(Optional<Integer> year, boolean dryRun, boolean replace) {

    public static ImportRequest preview(Optional<Integer> year) {
        return new ImportRequest(year, true, false);
    }
}
