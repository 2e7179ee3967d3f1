package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.i18n.Messages;

/** A finding as the user reads it: "Ark SOF, C7: Opfyldte mål (11) kan ikke overstige antal mål (10)". */
public final class FindingText {

    private FindingText() {
    }

    public static String of(Messages messages, Finding finding) {
        String what = messages.get(finding.key(), finding.args());
        if (finding.sheet() != null && finding.cell() != null) {
            return messages.get("offline.finding.cell", finding.sheet(), finding.cell(), what);
        }
        if (finding.sheet() != null) {
            return messages.get("offline.finding.sheet", finding.sheet(), what);
        }
        return what;
    }
}
