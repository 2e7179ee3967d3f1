package dk.sikkerby.indberetning.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;

/**
 * The backup just before a migration, when H2 already has the file open: H2's online
 * {@code BACKUP TO} writes a consistent zip to a temporary folder, and its one database file goes into
 * the backup folder like every other backup, so that {@code restore} takes it as it is.
 */
final class MigrationBackup implements Migrations.BackupHook {

    private final Backups backups;

    MigrationBackup(Backups backups) {
        this.backups = backups;
    }

    @Override
    public void beforeMigration(DataSource dataSource, String fromVersion) throws SQLException {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("sikkerby-backup");
            Path zip = folder.resolve("backup.zip");
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("BACKUP TO ?")) {
                s.setString(1, zip.toString());
                s.execute();
            }
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    if (entry.getName().endsWith(DatabaseFile.SUFFIX)) {
                        backups.take((InputStream) in, "before-migration-v" + fromVersion);
                        return;
                    }
                }
            }
            throw new SQLException("H2's backup held no database file");
        } catch (IOException e) {
            throw new SQLException("The backup before the migration could not be written", e);
        } finally {
            if (folder != null) {
                folder.resolve("backup.zip").toFile().delete();
                folder.toFile().delete();
            }
        }
    }
}
