package dk.sikkerby.indberetning.i18n;

/** A message argument that is itself a text from the bundle, such as the name of a field. */
public record MessageKey(String key) {
}
