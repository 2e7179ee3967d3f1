package dk.sikkerby.indberetning.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.SubmissionRepository;
import dk.sikkerby.indberetning.persistence.UserRepository;
import dk.sikkerby.indberetning.persistence.SavedRowListener.SavedRow;
import dk.sikkerby.indberetning.testsupport.ChildJvm;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.ServerSaver;
import dk.sikkerby.indberetning.testsupport.TestServer;
import java.io.BufferedReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two app instances (two JVMs, two logins) on one server save the same row at the same moment: one
 * succeeds, the other is told who saved first and overwrites nothing; a third instance hears of the
 * saved row within two seconds.
 */
class TwoAppsOnOneServerTest {

    @Test
    void concurrentSavesOfOneRowGiveOneSuccessAndOneClearConflictAndEveryoneHearsOfIt() throws Exception {
        TestServer server = TestServer.create();
        String prefix = server.address().database().replace("sikkerby_test_", "t");
        String karen = prefix + "_karen";
        String kim = prefix + "_kim";
        String rikke = prefix + "_rikke";
        int sjakket;
        try (Database owner = server.initAsOwner()) {
            SampleYear.create(owner.dsl());
            int sof = new dk.sikkerby.indberetning.persistence.DepartmentRepository(owner.dsl()).findByCode("SOF")
                    .orElseThrow().id();
            ServerLogins logins = new ServerLogins(owner.dsl());
            for (String login : List.of(karen, kim, rikke)) {
                logins.create(login, "kode".toCharArray());
            }
            logins.grantOnly(karen, Role.COORDINATOR);
            logins.grantOnly(kim, Role.COORDINATOR);
            logins.grantOnly(rikke, Role.REVIEWER);
            UserRepository users = new UserRepository(owner.dsl());
            users.insert(karen, "Karen Koordinator", Role.COORDINATOR, null, Set.of(sof));
            users.insert(kim, "Kim Koordinator", Role.COORDINATOR, null, Set.of(sof));
            users.insert(rikke, "Rikke Reviewer", Role.REVIEWER, null, Set.of());
            sjakket = new SubmissionRepository(owner.dsl()).rows(SampleYear.YEAR).stream()
                    .filter(r -> r.name().equals("Sjakket")).findFirst().orElseThrow().initiativeId();
        }

        BlockingQueue<SavedRow> heard = new LinkedBlockingQueue<>();
        try (Database reviewer = server.openAs(rikke, "kode");
             SavedRowListener listener = SavedRowListener.start(reviewer.server().orElseThrow(), heard::add)) {
            Thread.sleep(500); // the listener's LISTEN is in place
            List<Process> apps = new ArrayList<>();
            List<BufferedReader> outputs = new ArrayList<>();
            for (String[] who : List.of(new String[] {karen, "Karens tal"}, new String[] {kim, "Kims tal"})) {
                Process p = ChildJvm.start(ServerSaver.class, server.url(), who[0], "kode", String.valueOf(sjakket), who[1]);
                apps.add(p);
                outputs.add(ChildJvm.stdout(p));
            }
            try {
                for (BufferedReader out : outputs) {
                    assertEquals("READY 0", out.readLine());
                }
                for (Process p : apps) {
                    OutputStream in = p.getOutputStream();
                    in.write("GO\n".getBytes(StandardCharsets.UTF_8));
                    in.flush();
                }
                List<String> outcomes = new ArrayList<>();
                for (BufferedReader out : outputs) {
                    outcomes.add(out.readLine());
                }
                long saved = outcomes.stream().filter(o -> o.startsWith("SAVED 1")).count();
                long conflicts = outcomes.stream().filter(o -> o.startsWith("CONFLICT ")).count();
                assertEquals(1, saved, outcomes.toString());
                assertEquals(1, conflicts, outcomes.toString());
                String winner = outcomes.get(0).startsWith("SAVED") ? "Karen Koordinator" : "Kim Koordinator";
                String winnersNote = winner.startsWith("Karen") ? "Karens tal" : "Kims tal";
                assertTrue(outcomes.contains("CONFLICT " + winner), "the second is told who saved first: " + outcomes);

                SavedRow row = heard.poll(2, TimeUnit.SECONDS);
                assertNotNull(row, "the third app hears of the save within two seconds");
                assertEquals(List.of(SampleYear.YEAR, sjakket, 1, winner.startsWith("Karen") ? karen : kim),
                        List.of(row.year(), row.initiativeId(), row.version(), row.login()));
                var stored = new SubmissionRepository(reviewer.dsl()).find(SampleYear.YEAR, sjakket).orElseThrow();
                assertEquals(RichText.plain(winnersNote), stored.departmentNote(), "nothing was overwritten");
                assertEquals(Score.of(1, 3), stored.score());
                assertEquals(1, stored.version());
            } finally {
                for (Process p : apps) {
                    p.destroy();
                    p.waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }
}
