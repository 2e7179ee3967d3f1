package dk.sikkerby.indberetning.domain;

import java.util.List;

/**
 * A broken rule: the field it concerns, the resource-bundle key of its message, and the values the
 * message names (for "Opfyldte mål (11) kan ikke overstige antal mål (10)": 11 and 10).
 */
public record Violation(Field field, String key, List<Object> args) {

    public Violation {
        args = List.copyOf(args);
    }

    public static Violation of(Field field, String key, Object... args) {
        return new Violation(field, key, List.of(args));
    }
}
