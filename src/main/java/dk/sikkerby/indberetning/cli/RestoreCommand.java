package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.persistence.Backup;
import dk.sikkerby.indberetning.persistence.DatabaseCare;
import dk.sikkerby.indberetning.service.UserFacingException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code restore FILE}: puts a backup, checked whole, in the database's place. Refused while another
 * program (the app) has the database open. The file as it was is kept in the backup folder.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
public class RestoreCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(RestoreCommand.class.getName());

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.restore.file")
    Path backup;

    @Override
    public Integer call() throws Exception {
        CliTarget target = CliTarget.of(spec);
        Optional<Backup> before;
        try {
            before = new DatabaseCare(target.file(), Clock.systemDefaultZone()).restore(backup.toAbsolutePath());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The restore failed.", e);
            throw new UserFacingException("cli.restore.notWritten", target.file().toString());
        }
        spec.commandLine().getOut().println(target.messages().get("cli.restore.done", target.file().toString(),
                backup.toAbsolutePath().toString()));
        before.ifPresent(b -> spec.commandLine().getOut().println(target.messages().get("cli.restore.keptBefore",
                b.file().toString())));
        return 0;
    }
}
