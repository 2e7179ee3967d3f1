package dk.sikkerby.indberetning.persistence;

import static dk.sikkerby.indberetning.persistence.generated.Tables.SIGN_IN_FAILURE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/** Failed sign-ins per login with their times: the throttle that every process on the file shares. */
public final class SignInFailureRepository {

    /** How many failures a login has had since its last correct password, and when the last one was. */
    public record Failures(int count, Instant last) {
    }

    private final DSLContext dsl;

    public SignInFailureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Failures> of(String login) {
        Record2<Integer, OffsetDateTime> r = dsl.select(DSL.count(), DSL.max(SIGN_IN_FAILURE.FAILED_AT))
                .from(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.LOGIN.eq(login)).fetchOne();
        if (r == null || r.value1() == 0 || r.value2() == null) {
            return Optional.empty();
        }
        return Optional.of(new Failures(r.value1(), r.value2().toInstant()));
    }

    /** Records one failure; its own transaction, committed before the refusal is shown. */
    public void add(String login, Instant at) {
        dsl.insertInto(SIGN_IN_FAILURE, SIGN_IN_FAILURE.LOGIN, SIGN_IN_FAILURE.FAILED_AT)
                .values(login, at.atOffset(ZoneOffset.UTC)).execute();
    }

    public void clear(String login) {
        dsl.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.LOGIN.eq(login)).execute();
    }
}
