package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.domain.LinkProposal;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.history.InitiativeLinkService;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code link --year YEAR}: lists the likely renames of that year (proposals only; nothing is linked).
 * {@code link --initiative NEW --predecessor OLD [--user LOGIN]}: links a renamed initiative to the one it
 * continues, as the administrator (decision 0701).
 * {@code link --remove --initiative NAME [--user LOGIN]}: takes a wrong link away, with the same rights and
 * audit (decision 0703).
 */
@Command(name = "link", mixinStandardHelpOptions = true)
public class LinkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    UserOption user = new UserOption();

    @Option(names = "--year", paramLabel = "YEAR", descriptionKey = "cli.link.year")
    Integer year;

    @Option(names = "--initiative", paramLabel = "NAME|ID", descriptionKey = "cli.link.initiative")
    String initiative;

    @Option(names = "--predecessor", paramLabel = "NAME|ID", descriptionKey = "cli.link.predecessor")
    String predecessor;

    @Option(names = "--remove", descriptionKey = "cli.link.remove")
    boolean remove;

    @Override
    public Integer call() throws Exception {
        try (CliSession session = CliSession.open(spec)) {
            InitiativeLinkService links = session.services().links();
            if (remove) {
                if (initiative == null || predecessor != null) {
                    throw new UserFacingException("cli.link.error.remove");
                }
                String before = links.unlink(user.actor(session), initiative);
                session.out().println(session.messages().get("cli.link.removed", initiative.strip(), before));
                return 0;
            }
            if (initiative != null || predecessor != null) {
                if (initiative == null || predecessor == null) {
                    throw new UserFacingException("cli.link.error.both");
                }
                links.link(user.actor(session), initiative, predecessor);
                session.out().println(session.messages().get("cli.link.done", initiative.strip(), predecessor.strip()));
                return 0;
            }
            if (year == null) {
                throw new UserFacingException("cli.link.error.both");
            }
            List<LinkProposal> proposals = links.proposals(year);
            if (proposals.isEmpty()) {
                session.out().println(session.messages().get("cli.link.none", year));
            }
            for (LinkProposal p : proposals) {
                session.out().println(session.messages().get("cli.link.proposal", p.name(), p.initiativeId(),
                        p.predecessorName(), p.predecessorId(), p.departmentCode(), Math.round(100 * p.similarity())));
            }
        }
        return 0;
    }
}
