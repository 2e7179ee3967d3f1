package dk.sikkerby.indberetning.domain;

import java.time.OffsetDateTime;

/**
 * One line of a user's history: who changed which of {@code subjectLogin}'s fields, from what to what,
 * and when. A password row never holds a value: it only says that the password was reset or changed.
 */
public record UserChange(long id, String subjectLogin, String subjectName, Kind kind, Field field, String oldValue,
                         String newValue, String actorLogin, String actorName, OffsetDateTime changedAt) {

    /** What was done to the user. */
    public enum Kind {
        USER_CREATE("userChange.kind.create"),
        USER_EDIT("userChange.kind.edit"),
        USER_DEACTIVATE("userChange.kind.deactivate"),
        USER_REACTIVATE("userChange.kind.reactivate"),
        PASSWORD_RESET("userChange.kind.passwordReset"),
        PASSWORD_CHANGE("userChange.kind.passwordChange");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** Which of the user's fields changed; departments are kept as their codes ("KFF, SOF"). */
    public enum Field {
        FULL_NAME("userChange.field.fullName"),
        ROLE("userChange.field.role"),
        DEPARTMENTS("userChange.field.departments"),
        ACTIVE("userChange.field.active"),
        PASSWORD("userChange.field.password");

        private final String key;

        Field(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
