package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short digest of the values a workbook row holds (score and note). The workbook keeps the
 * fingerprint of what it was filled with, so reading it back tells a row the coordinator changed
 * from one left as it was, even when the database has moved on since.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(Score score, RichText note) {
        String scoreText = score.isNotRelevant() ? "not-relevant" : score.isMissing() ? "missing" : score.fraction();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((scoreText + "\n" + note.toStorage()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
