package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.persistence.DatabaseCare;
import dk.sikkerby.indberetning.service.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code backup --out FILE}: copies the database, checked whole, to a new file; refused while another
 * program has the database open, for a file that exists already, or a folder that does not.
 */
@Command(name = "backup", mixinStandardHelpOptions = true)
public class BackupCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(BackupCommand.class.getName());

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.backup.option.out")
    Path out;

    @Override
    public Integer call() throws Exception {
        CliTarget target = CliTarget.of(spec);
        Path file = out.toAbsolutePath().normalize();
        if (Files.exists(file)) {
            throw new UserFacingException("cli.backup.exists", file.toString());
        }
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            throw new UserFacingException("file.error.noFolder", String.valueOf(file.getParent()));
        }
        try {
            new DatabaseCare(target.file(), Clock.systemDefaultZone()).backupTo(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The backup could not be written.", e);
            throw new UserFacingException("cli.backup.notWritten", file.toString());
        }
        spec.commandLine().getOut().println(target.messages().get("cli.backup.done", target.file().toString(),
                file.toString()));
        return 0;
    }
}
