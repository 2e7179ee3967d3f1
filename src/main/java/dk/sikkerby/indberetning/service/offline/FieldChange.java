package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.domain.Field;

/**
 * One field a row changes, from what the database has to what the workbook says. Values are an
 * {@code Integer} (null: empty) for met and total, a {@code Boolean} for not relevant and a
 * {@link dk.sikkerby.indberetning.domain.RichText} for the note.
 */
public record FieldChange(Field field, Object before, Object after) {
}
