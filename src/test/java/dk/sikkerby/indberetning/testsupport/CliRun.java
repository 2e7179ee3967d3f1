package dk.sikkerby.indberetning.testsupport;

import dk.sikkerby.indberetning.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One run of the command line in this JVM, as a script sees it: exit status, stdout and stderr. */
public record CliRun(int status, String out, String err) {

    /** Runs {@code sikkerby --db DB --lang en ARGS…}. */
    public static CliRun on(Path db, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString(), "--lang", "en"));
        all.addAll(List.of(args));
        String[] array = all.toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.create(array, new PrintWriter(out, true), new PrintWriter(err, true)).execute(array);
        return new CliRun(status, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + status + "\nstdout: " + out + "\nstderr: " + err;
    }
}
