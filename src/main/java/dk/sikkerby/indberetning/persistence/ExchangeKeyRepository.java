package dk.sikkerby.indberetning.persistence;

import static dk.sikkerby.indberetning.persistence.generated.Tables.APP_META;

import java.util.Base64;
import java.util.Optional;
import org.jooq.DSLContext;

/** Where the offline exchange's signing key is kept: one row of {@code app_meta}, never handed out in a file. */
public final class ExchangeKeyRepository {

    static final String META_KEY = "offline.exchangeKey";

    private final DSLContext dsl;

    public ExchangeKeyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<byte[]> find() {
        return dsl.select(APP_META.META_VALUE).from(APP_META).where(APP_META.META_KEY.eq(META_KEY))
                .fetchOptional(APP_META.META_VALUE).map(Base64.getDecoder()::decode);
    }

    public void insert(byte[] key) {
        dsl.insertInto(APP_META, APP_META.META_KEY, APP_META.META_VALUE)
                .values(META_KEY, Base64.getEncoder().encodeToString(key)).execute();
    }
}
