package dk.sikkerby.indberetning.service.move;

import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.domain.YearSummary;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.ServerCopy;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.export.CsvDialect;
import dk.sikkerby.indberetning.service.export.ExportRequest;
import dk.sikkerby.indberetning.service.export.ExportService;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.ServerUsers;
import dk.sikkerby.indberetning.service.workflow.SetUpActor;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.workflow.UserService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Moves a file's data to a server database that server-init has just set up (decision 1400): copies every
 * table whole in one transaction, checks the counts on both sides, then exports every year from both as
 * CSV and compares the files byte for byte. The file is only read. A server that already holds data is
 * refused before anything is written, so a second move cannot mix two databases.
 */
public final class MoveToServer {

    /** What was moved: every table's rows, the years whose exports agree, and the file's users. */
    public record Report(Map<String, Integer> counts, List<Integer> years, List<User> users, Actor owner) {
    }

    /** One side of the move: its database and the services the entry point built on it. */
    public record Side(Database database, SubmissionService submissions, ExportService exports, UserService users) {
    }

    public MoveToServer() {
        // the two sides' services come with each move
    }

    /**
     * @param ownerName the owner's name, if the owner is not among the file's users
     * @throws UserFacingException if the server already has data, or an exported year differs
     */
    public Report move(Side file, Side server, ServerUsers serverUsers, String ownerName) {
        if (ServerCopy.hasData(server.database())) {
            throw new UserFacingException("move.error.serverHasData", server.database().location());
        }
        Map<String, Integer> counts = ServerCopy.copy(file.database(), server.database());
        List<Integer> years = new ArrayList<>();
        Actor exporter = SetUpActor.named("move-to-server");
        for (YearSummary year : file.submissions().years()) {
            int y = year.year().year();
            if (!Arrays.equals(export(file, exporter, y), export(server, exporter, y))) {
                throw new UserFacingException("move.error.exportDiffers", y);
            }
            years.add(y);
        }
        List<User> users = file.users().users();
        Actor owner = serverUsers.makeOwnerAdministrator(ownerName, true);
        return new Report(counts, years, users, owner);
    }

    private static byte[] export(Side side, Actor actor, int year) {
        try {
            Path target = Files.createTempFile("sikkerby-move-" + year + "-", ".csv");
            try {
                side.exports().export(actor,
                        ExportRequest.csv(year, target, CsvDialect.SEMICOLON), dk.sikkerby.indberetning.service.Progress.NONE);
                return Files.readAllBytes(target);
            } finally {
                Files.deleteIfExists(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
