package dk.sikkerby.indberetning.app;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Backups;
import dk.sikkerby.indberetning.persistence.ServerAddress;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.files.AtomicFileWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The user's settings file ({@code settings.properties} in the data folder): the database file, the
 * language and how many days backups are kept. A wrong value is refused with a message naming the file, the setting and the value.
 */
public final class Settings {

    public static final String DATABASE = "database";
    public static final String LANGUAGE = "language";
    /** How many days the rolling backups beside the database are kept (the newest three always are). */
    public static final String BACKUP_DAYS = "backup.days";
    /** The server login the connect dialog last used (never a password: the server keeps those). */
    public static final String SERVER_LOGIN = "server.login";

    private final Path file;
    private final Properties values;

    private Settings(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    public static Settings load(Path file) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new UserFacingException("settings.error.unreadable", file.toString());
            }
        }
        Settings settings = new Settings(file, p);
        settings.language();
        settings.backupDays();
        return settings;
    }

    /** The database file; empty if none is set or the setting names a server ({@link #databaseText()}). */
    public Optional<Path> database() {
        String v = values.getProperty(DATABASE, "").strip();
        return v.isEmpty() || ServerAddress.isServer(v) ? Optional.empty() : Optional.of(Path.of(v));
    }

    /** The setting as written: a file path or a server's {@code jdbc:postgresql://} address. */
    public Optional<String> databaseText() {
        String v = values.getProperty(DATABASE, "").strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    public Optional<Locale> language() {
        String v = values.getProperty(LANGUAGE, "").strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Messages.parseLanguage(v));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("settings.error.language", file.toString(), LANGUAGE, v);
        }
    }

    /** {@link #BACKUP_DAYS}, 1 to 3650; {@link Backups#DEFAULT_DAYS} when not set. */
    public int backupDays() {
        String v = values.getProperty(BACKUP_DAYS, "").strip();
        if (v.isEmpty()) {
            return Backups.DEFAULT_DAYS;
        }
        try {
            int days = Integer.parseInt(v);
            if (days >= 1 && days <= 3650) {
                return days;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new UserFacingException("settings.error.backupDays", file.toString(), BACKUP_DAYS, v);
    }

    public void setLanguage(Locale locale) {
        values.setProperty(LANGUAGE, locale.getLanguage());
    }

    public void setDatabase(Path database) {
        values.setProperty(DATABASE, database.toString());
    }

    /** Names a server ({@code jdbc:postgresql://…}) as the database, as the connect dialog remembers it. */
    public void setServer(ServerAddress server, String login) {
        values.setProperty(DATABASE, server.jdbcUrl());
        values.setProperty(SERVER_LOGIN, login);
    }

    /** The login last used on a server, if any. */
    public Optional<String> serverLogin() {
        String v = values.getProperty(SERVER_LOGIN, "").strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /**
     * Writes the file whole or not at all ({@link AtomicFileWriter}).
     *
     * @throws UserFacingException if the folder cannot be made or written to
     */
    public void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UserFacingException("file.error.folderNotWritable", file.toAbsolutePath().getParent().toString());
        }
        AtomicFileWriter.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            values.store(w, "Sikker By Indberetning");
            w.flush();
        });
    }
}
