package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.persistence.Repositories;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The secret that signs a workbook's identifiers: 32 random bytes made the first time a workbook is
 * made and kept in the database, which never hands it out. A workbook whose identifiers were edited,
 * or that was made by another database, does not carry a valid signature.
 */
final class ExchangeKey {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ExchangeKey() {
    }

    static Optional<byte[]> find(Repositories repositories) {
        return repositories.exchangeKey().find();
    }

    /** The key, made and stored in the caller's transaction if there is none yet. */
    static byte[] ensure(Repositories tx) {
        Optional<byte[]> existing = find(tx);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        tx.exchangeKey().insert(key);
        return key;
    }
}
