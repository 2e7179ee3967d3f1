package dk.sikkerby.indberetning.service.importer;

/** The line breaks the file uses; the report names them (a finding, and a short name in the report's head). */
public enum LineEnding {
    LF("import.lineEnding.lf", "import.lineEnding.lf.short"),
    CRLF("import.lineEnding.crlf", "import.lineEnding.crlf.short"),
    CR("import.lineEnding.cr", "import.lineEnding.cr.short"),
    MIXED("import.lineEnding.mixed", "import.lineEnding.mixed.short"),
    NONE("import.lineEnding.none", "import.lineEnding.none.short");

    private final String messageKey;
    private final String shortKey;

    LineEnding(String messageKey, String shortKey) {
        this.messageKey = messageKey;
        this.shortKey = shortKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public String shortKey() {
        return shortKey;
    }
}
