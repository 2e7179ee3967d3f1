package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice headless as a second, independent reader of the workbooks. Each conversion runs with its
 * own user profile in the test's folder (so parallel runs do not share one) and a time limit.
 * {@code .ci/run} installs it (libreoffice-calc-nogui, and libreoffice-writer-nogui for the Word appendix).
 */
final class LibreOffice {

    /** CSV of every sheet: comma, double quote, UTF-8, raw values (not as shown), one file per sheet. */
    static final String CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
    private static final long TIMEOUT_SECONDS = 180;

    private LibreOffice() {
    }

    /** Converts {@code file} with LibreOffice's filter {@code target} into {@code outDir}; returns the files made. */
    static List<Path> convert(Path file, String target, Path outDir, Path profile) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        List<String> command = List.of(executable(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--nolockcheck", "--convert-to", target, "--outdir", outDir.toString(), file.toString());
        Path log = outDir.resolve("soffice.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("LibreOffice did not finish converting " + file + " within " + TIMEOUT_SECONDS + " s");
        }
        List<Path> made = new ArrayList<>();
        try (var list = Files.list(outDir)) {
            list.filter(p -> !p.equals(log)).sorted().forEach(made::add);
        }
        if (process.exitValue() != 0 || made.isEmpty()) {
            fail("LibreOffice could not convert " + file + ": " + Files.readString(log, StandardCharsets.UTF_8));
        }
        return made;
    }

    private static String executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("soffice", "soffice.exe", "libreoffice")) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        for (String known : List.of("/usr/bin/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice",
                "C:\\Program Files\\LibreOffice\\program\\soffice.exe")) {
            if (Files.isExecutable(Path.of(known))) {
                return known;
            }
        }
        return fail("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui with apt-get");
    }
}
