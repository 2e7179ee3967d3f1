package dk.sikkerby.indberetning.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rolling backups of one database file, in the folder {@code <name>-backups} beside it, named
 * {@code <name>-<yyyyMMdd-HHmmss-SSS>-<why>.mv.db}. A backup is a plain copy of a file that has just
 * passed the opening check, made while the file is closed (or by H2's own online backup just before a
 * migration), written under a temporary name and renamed when complete. Backups older than the kept
 * number of days are removed, but the newest {@link #ALWAYS_KEPT} always stay.
 */
public final class Backups {

    public static final int DEFAULT_DAYS = 14;
    static final int ALWAYS_KEPT = 3;

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final DatabaseFile file;
    private final Clock clock;
    private final Pattern names;

    public Backups(DatabaseFile file, Clock clock) {
        this.file = file;
        this.clock = clock;
        this.names = Pattern.compile(Pattern.quote(file.name()) + "-(\\d{8}-\\d{6}-\\d{3})-([a-z0-9-]+)"
                + Pattern.quote(DatabaseFile.SUFFIX));
    }

    /** Every backup, newest first. */
    public List<Backup> all() {
        Path folder = file.backupFolder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(p -> parse(p).ifPresent(found::add));
        } catch (IOException e) {
            LOG.warning(() -> "The backup folder " + folder + " could not be read: " + e.getMessage());
        }
        found.sort(Comparator.comparing(Backup::taken).reversed());
        return found;
    }

    public Optional<Backup> newest() {
        return all().stream().findFirst();
    }

    /** True when a backup was taken today (the day's first opening takes one). */
    boolean takenToday() {
        LocalDate today = LocalDate.now(clock);
        return newest().map(b -> !b.taken().toLocalDate().isBefore(today)).orElse(false);
    }

    /** The newest backup that passes the same check as the file itself. */
    Optional<Backup> newestGood() {
        for (Backup backup : all()) {
            try {
                FileInspection.inspect(backup.file());
                return Optional.of(backup);
            } catch (DatabaseOpenException e) {
                LOG.warning(() -> "The backup " + backup.file() + " is not whole either: " + e.reason());
            }
        }
        return Optional.empty();
    }

    /** Copies {@code source} (a closed file) into the backup folder; the copy appears only when complete. */
    Backup take(Path source, String why) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return take(in, why);
        }
    }

    /** Writes {@code content} as a new backup; the file appears only when complete. */
    Backup take(InputStream content, String why) throws IOException {
        Path folder = Files.createDirectories(file.backupFolder());
        LocalDateTime now = LocalDateTime.now(clock);
        Path target = folder.resolve(file.name() + "-" + now.format(STAMP) + "-" + why + DatabaseFile.SUFFIX);
        Path temp = folder.resolve("." + target.getFileName() + ".part");
        try {
            Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
            force(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        LOG.info(() -> "The database " + file + " was backed up to " + target + " (" + why + ").");
        return new Backup(target, now, why);
    }

    /** Removes backups older than {@code keepDays} days, except the newest {@link #ALWAYS_KEPT}. */
    void prune(int keepDays) {
        LocalDateTime limit = LocalDateTime.now(clock).minusDays(keepDays);
        List<Backup> all = all();
        for (int i = ALWAYS_KEPT; i < all.size(); i++) {
            Backup old = all.get(i);
            if (old.taken().isBefore(limit)) {
                try {
                    Files.deleteIfExists(old.file());
                } catch (IOException e) {
                    LOG.warning(() -> "The old backup " + old.file() + " could not be removed: " + e.getMessage());
                }
            }
        }
    }

    static void force(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private Optional<Backup> parse(Path path) {
        Matcher m = names.matcher(path.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Backup(path, LocalDateTime.parse(m.group(1), STAMP), m.group(2)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
