package dk.sikkerby.indberetning.service.importcore;

/** What a difference between a file and the database is about, with the key of its name in the appendix import's report. */
public enum ChangedField {
    TITLE("import.field.title"), NOTE_LABEL("import.field.noteLabel"), CATEGORY("import.field.category"),
    POSITION("import.field.position"), SCORE("import.field.score"), DEPARTMENT_NOTE("import.field.departmentNote"),
    ASSESSMENT("import.field.assessment");

    private final String messageKey;

    ChangedField(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
