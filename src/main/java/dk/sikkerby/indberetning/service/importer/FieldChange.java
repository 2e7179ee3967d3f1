package dk.sikkerby.indberetning.service.importer;

/**
 * One field whose stored value differs from the file's. The values are what the field holds: a
 * {@link dk.sikkerby.indberetning.domain.Score}, a {@link dk.sikkerby.indberetning.domain.RichText},
 * a name or a number; the report shows them in the user's language.
 */
public record FieldChange(ChangedField field, Object stored, Object imported) {
}
