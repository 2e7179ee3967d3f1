package dk.sikkerby.indberetning.service.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.sikkerby.indberetning.app.Services;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.ServerDesks;
import dk.sikkerby.indberetning.testsupport.TestServer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two desks signed in with the same login (Karen at two PCs) on the embedded PostgreSQL: each hears the
 * other's saves, and neither is told of its own. The notices tell sessions apart, not logins.
 */
class SameLoginTwoDesksTest {

    @Test
    void twoDesksWithOneLoginHearEachOthersSavesButNotTheirOwn() throws Exception {
        TestServer server = TestServer.create();
        String karen = ServerDesks.serverWithPeople(server)[1];
        BlockingQueue<OthersSaves.Saved> heardAtFirst = new LinkedBlockingQueue<>();
        BlockingQueue<OthersSaves.Saved> heardAtSecond = new LinkedBlockingQueue<>();
        try (Database first = server.openAs(karen, "karens-kode");
             Database second = server.openAs(karen, "karens-kode")) {
            Services one = Services.on(first, Messages.forLocale(Messages.DANISH));
            Services two = Services.on(second, Messages.forLocale(Messages.DANISH));
            try (AutoCloseable a = one.othersSaves().listen(heardAtFirst::add, connected -> { });
                 AutoCloseable b = two.othersSaves().listen(heardAtSecond::add, connected -> { })) {
                Thread.sleep(700); // both LISTENs are in place

                int saved = save(one, "Fra første pc");
                OthersSaves.Saved atSecond = heardAtSecond.poll(2, TimeUnit.SECONDS);
                assertNotNull(atSecond, "the other desk with the same login hears the save within two seconds");
                assertEquals(saved, atSecond.version());
                assertEquals("Karen Koordinator", atSecond.fullName());
                assertEquals(RichText.plain("Fra første pc"), atSecond.stored().orElseThrow().departmentNote());

                int again = save(two, "Fra anden pc");
                OthersSaves.Saved atFirst = heardAtFirst.poll(2, TimeUnit.SECONDS);
                assertNotNull(atFirst, "and the first desk hears the second's save");
                assertEquals(again, atFirst.version());

                Thread.sleep(500);
                assertNull(heardAtFirst.poll(), "the saving desk is not told of its own save");
                assertNull(heardAtSecond.poll(), "the saving desk is not told of its own save");
            }
        }
    }

    private static int save(Services desk, String note) {
        Actor actor = desk.serverUsers().signIn();
        InitiativeRow sjakket = desk.submissions().loadYear(SampleYear.YEAR).rows().stream()
                .filter(r -> r.name().equals("Sjakket")).findFirst().orElseThrow();
        return desk.submissions().save(actor, SampleYear.YEAR, sjakket.initiativeId(),
                new SubmissionForm("1", "3", false, RichText.plain(note), null), sjakket.version()).version();
    }
}
