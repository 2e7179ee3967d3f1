package dk.sikkerby.indberetning.service.offline;

import static dk.sikkerby.indberetning.persistence.generated.Tables.APP_META;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The secret that signs a workbook's identifiers: 32 random bytes made the first time a workbook is
 * made and kept in the database, which never hands it out. A workbook whose identifiers were edited,
 * or that was made by another database, does not carry a valid signature.
 */
final class ExchangeKey {

    static final String META_KEY = "offline.exchangeKey";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ExchangeKey() {
    }

    static Optional<byte[]> find(DSLContext dsl) {
        return dsl.select(APP_META.META_VALUE).from(APP_META).where(APP_META.META_KEY.eq(META_KEY))
                .fetchOptional(APP_META.META_VALUE).map(Base64.getDecoder()::decode);
    }

    /** The key, made and stored in the caller's transaction if there is none yet. */
    static byte[] ensure(DSLContext dsl) {
        Optional<byte[]> existing = find(dsl);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        dsl.insertInto(APP_META, APP_META.META_KEY, APP_META.META_VALUE)
                .values(META_KEY, Base64.getEncoder().encodeToString(key)).execute();
        return key;
    }
}
