package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.persistence.Backup;
import dk.sikkerby.indberetning.persistence.DatabaseCare;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code check}: reads the whole file (on a copy) and says whether it is whole, and how old its newest
 * backup is. Exit status 0 for a whole file, 3 for a damaged one (the message names the newest whole
 * backup and the command that restores it). Writes nothing.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
public class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CliTarget target = CliTarget.of(spec);
        DatabaseCare.Health health = new DatabaseCare(target.file(), Clock.systemDefaultZone()).check();
        PrintWriter out = spec.commandLine().getOut();
        out.println(target.messages().get("cli.check.whole", target.file().toString(), health.schemaVersion()));
        if (health.newestBackup().isEmpty()) {
            out.println(target.messages().get("cli.check.noBackup", target.file().backupFolder().toString()));
        } else {
            Backup newest = health.newestBackup().get();
            long hours = Duration.between(newest.taken(), LocalDateTime.now()).toHours();
            out.println(target.messages().get("cli.check.newestBackup", newest.file().toString(), newest.takenText(),
                    hours / 24, hours % 24));
        }
        out.flush();
        return 0;
    }
}
