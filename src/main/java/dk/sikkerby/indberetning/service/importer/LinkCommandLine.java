package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.domain.LinkProposal;

/** The command that makes a proposed link, as the import report names it: by ids, which are unambiguous. */
final class LinkCommandLine {

    private LinkCommandLine() {
    }

    static String of(LinkProposal p) {
        return "link --initiative " + p.initiativeId() + " --predecessor " + p.predecessorId();
    }
}
