package dk.sikkerby.indberetning.service.importcore;

import dk.sikkerby.indberetning.i18n.Messages;

/**
 * Findings in the user's language, for both imports: the message, the severity, and where it is
 * ("linje 7, kolonne 25", "Ark SOF, C7").
 */
public final class FindingTexts {

    private final Messages messages;

    public FindingTexts(Messages messages) {
        this.messages = messages;
    }

    public String message(Finding finding) {
        return messages.get(finding.key(), finding.args());
    }

    public String severity(Severity severity) {
        return messages.get(switch (severity) {
            case ERROR -> "import.severity.error";
            case WARNING -> "import.severity.warning";
            case INFO -> "import.severity.info";
        });
    }

    /** Where the finding is, as the appendix import's report and preview name it: "filen", "linje 7". */
    public String where(Finding finding) {
        if (finding.place() instanceof Place.Cell c) {
            return c.cell() == null ? c.sheet() : c.sheet() + " " + c.cell();
        }
        if (finding.line() == 0) {
            return messages.get("import.where.file");
        }
        return finding.column() == 0 ? messages.get("import.where.line", finding.line())
                : messages.get("import.where.lineColumn", finding.line(), finding.column());
    }

    /** "linje 7, kolonne 25: ADVARSEL: …", the appendix import's report line. */
    public String withSeverity(Finding finding) {
        return messages.get("import.report.finding", where(finding), severity(finding.severity()), message(finding));
    }

    /**
     * "Ark SOF, C7: Opfyldte mål (11) kan ikke overstige antal mål (10)", as a returned workbook's
     * preview shows it; a finding about the whole file is its message alone.
     */
    public String located(Finding finding) {
        String what = message(finding);
        if (finding.place() instanceof Place.Cell c) {
            return c.cell() == null ? messages.get("offline.finding.sheet", c.sheet(), what)
                    : messages.get("offline.finding.cell", c.sheet(), c.cell(), what);
        }
        return finding.place() instanceof Place.Line ? withSeverity(finding) : what;
    }
}
