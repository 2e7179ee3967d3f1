import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Random;

/**
 * Issue 19's bare baseline for the 10,000-row import, run as a new process by bench/cold-commands.sh:
 * plain JDBC, no jOOQ, no Flyway, no app. Creates a fresh H2 file with the app's settings (WRITE_DELAY=0),
 * one table, and batch-inserts the rows (a name, a department, a score and two texts of about 500
 * characters each, as the synthetic appendix has) in one transaction. Argument: the file's path without
 * ".mv.db", then optionally the number of rows (10,000).
 */
public final class BareH2Insert {

    private static final String[] WORDS = ("indsatsen afrapporterer målopfyldelse succeskriterier unge forløb "
            + "Covid-19 har haft en negativ indflydelse på gennemførelsen af aktiviteter dialog med Sikker By om "
            + "udvikling nye mål datagrundlaget i år næste års afrapportering beskæftigelse uddannelse tryghed "
            + "kriminalitet målgruppen fritidsliv mentorer frivillige københavnere").split(" ");

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).toAbsolutePath();
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Files.deleteIfExists(Path.of(file + ".mv.db"));
        Random random = new Random(2021);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file + ";WRITE_DELAY=0", "sa", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("create table initiative (id int primary key, name varchar(200) not null,"
                        + " department varchar(10) not null, met int, total int, note varchar(10000),"
                        + " assessment varchar(10000))");
            }
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into initiative values (?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 1; i <= rows; i++) {
                    int total = 1 + random.nextInt(9);
                    insert.setInt(1, i);
                    insert.setString(2, "Indsats nr. " + i + " " + WORDS[random.nextInt(WORDS.length)]);
                    insert.setString(3, "SOF");
                    insert.setInt(4, random.nextInt(total + 1));
                    insert.setInt(5, total);
                    insert.setString(6, "<p>" + text(random, 500) + "</p>");
                    insert.setString(7, "<p>" + text(random, 500) + "</p>");
                    insert.addBatch();
                    if (i % 500 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }

    static String text(Random random, int length) {
        StringBuilder out = new StringBuilder();
        while (out.length() < length - 12) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.append('.').toString();
    }
}
