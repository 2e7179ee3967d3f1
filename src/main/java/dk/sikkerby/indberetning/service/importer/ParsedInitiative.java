package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;

/**
 * An initiative row as understood, with its continuation lines joined: the line it starts on, its
 * name, department code, category and place in it (from 1), score and the two texts.
 */
public record ParsedInitiative(int line, String name, String departmentCode, String category, int position,
                               Score score, RichText departmentNote, RichText assessment) {
}
