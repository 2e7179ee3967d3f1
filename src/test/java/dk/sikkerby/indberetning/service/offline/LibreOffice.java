package dk.sikkerby.indberetning.service.offline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Re-saves a workbook with LibreOffice headless, as a coordinator without Excel would save it. */
final class LibreOffice {

    private static final long TIMEOUT_SECONDS = 180;

    private LibreOffice() {
    }

    static Path resave(Path file, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Process process = new ProcessBuilder(List.of("soffice", "-env:UserInstallation=file:///tmp/lo-offline-test",
                "--headless", "--convert-to", "xlsx", "--outdir", outDir.toString(), file.toString()))
                .redirectErrorStream(true)
                .redirectOutput(outDir.resolve("soffice.log").toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("LibreOffice did not finish within " + TIMEOUT_SECONDS + " s");
        }
        Path result = outDir.resolve(file.getFileName());
        if (process.exitValue() != 0 || !Files.isRegularFile(result)) {
            throw new IllegalStateException("LibreOffice could not convert " + file + " (install libreoffice-calc-nogui): "
                    + Files.readString(outDir.resolve("soffice.log")));
        }
        return result;
    }
}
