package dk.sikkerby.indberetning.persistence;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** One backup of a database file: where it lies, when it was taken and why. */
public record Backup(Path file, LocalDateTime taken, String why) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** When it was taken, as the messages show it. */
    public String takenText() {
        return taken.format(SHOWN);
    }
}
