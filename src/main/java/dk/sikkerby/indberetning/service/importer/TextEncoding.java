package dk.sikkerby.indberetning.service.importer;

/** How the file's bytes were read; the report names it (a finding, and a short name in the report's head). */
public enum TextEncoding {
    UTF_8("import.encoding.utf8", "import.encoding.utf8.short"),
    UTF_8_BOM("import.encoding.utf8Bom", "import.encoding.utf8Bom.short"),
    WINDOWS_1252("import.encoding.windows1252", "import.encoding.windows1252.short");

    private final String messageKey;
    private final String shortKey;

    TextEncoding(String messageKey, String shortKey) {
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
