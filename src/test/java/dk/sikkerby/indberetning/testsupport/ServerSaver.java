package dk.sikkerby.indberetning.testsupport;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.ServerAddress;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.ConcurrentEditException;
import dk.sikkerby.indberetning.service.workflow.ServerUsers;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Another PC: signs in to the server as its own login, opens a row (prints {@code READY <version>}), waits
 * for {@code GO} on stdin, saves its note over the version it opened, and prints {@code SAVED <version>}
 * or {@code CONFLICT <who saved first>}.
 * Arguments: URL LOGIN PASSWORD INITIATIVE NOTE.
 */
public final class ServerSaver {

    private ServerSaver() {
    }

    public static void main(String[] args) throws Exception {
        ServerAddress address = ServerAddress.parse(args[0]).orElseThrow();
        try (Database database = Database.open(address, args[1], args[2].toCharArray())) {
            Actor actor = new ServerUsers(database.store()).signIn();
            SubmissionService service = new SubmissionService(database.store());
            int initiative = Integer.parseInt(args[3]);
            int opened = service.loadYear(SampleYear.YEAR).rows().stream().filter(r -> r.initiativeId() == initiative)
                    .findFirst().orElseThrow().version();
            System.out.println("READY " + opened);
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            if (!"GO".equals(in.readLine())) {
                return;
            }
            try {
                int saved = service.save(actor, SampleYear.YEAR, initiative,
                        new SubmissionForm("1", "3", false, RichText.plain(args[4]), null), opened).version();
                System.out.println("SAVED " + saved);
            } catch (ConcurrentEditException e) {
                System.out.println("CONFLICT " + e.changedBy());
            }
            System.out.flush();
        }
    }
}
