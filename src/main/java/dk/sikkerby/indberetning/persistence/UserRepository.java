package dk.sikkerby.indberetning.persistence;

import static dk.sikkerby.indberetning.persistence.generated.Tables.APP_USER;
import static dk.sikkerby.indberetning.persistence.generated.Tables.USER_DEPARTMENT;

import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.User;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The users who may sign in (or, deactivated, no longer may), their departments, and their password hashes. */
public final class UserRepository {

    private final DSLContext dsl;

    public UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int count() {
        return dsl.fetchCount(APP_USER);
    }

    public List<User> all() {
        return dsl.connectionResult(QuickReads::users);
    }

    public Optional<User> findByLogin(String login) {
        return dsl.selectFrom(APP_USER).where(APP_USER.LOGIN.eq(login)).fetchOptional(this::map);
    }

    /** The stored Argon2id hash of a login, if the login exists. */
    public Optional<String> passwordHash(String login) {
        return dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.LOGIN.eq(login))
                .fetchOptional(APP_USER.PASSWORD_HASH);
    }

    /**
     * The logins of the active administrators, their rows locked until the transaction ends: two
     * administrators demoting each other at the same moment cannot leave none.
     */
    public Set<String> lockActiveAdministrators() {
        return new HashSet<>(dsl.select(APP_USER.LOGIN).from(APP_USER)
                .where(APP_USER.USER_ROLE.eq(Role.ADMINISTRATOR.name()).and(APP_USER.ACTIVE.isTrue()))
                .forUpdate().fetch(APP_USER.LOGIN));
    }

    public User insert(String login, String fullName, Role role, String passwordHash, Set<Integer> departmentIds) {
        int id = dsl.insertInto(APP_USER)
                .set(APP_USER.LOGIN, login)
                .set(APP_USER.FULL_NAME, fullName)
                .set(APP_USER.USER_ROLE, role.name())
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .returning(APP_USER.ID).fetchOne(APP_USER.ID);
        for (int department : departmentIds) {
            dsl.insertInto(USER_DEPARTMENT, USER_DEPARTMENT.USER_ID, USER_DEPARTMENT.DEPARTMENT_ID)
                    .values(id, department).execute();
        }
        return new User(id, login, fullName, role, departmentIds, true);
    }

    /** Stores a user's name, role, departments and active state (the login never changes). */
    public void update(User user) {
        dsl.update(APP_USER)
                .set(APP_USER.FULL_NAME, user.fullName())
                .set(APP_USER.USER_ROLE, user.role().name())
                .set(APP_USER.ACTIVE, user.active())
                .where(APP_USER.ID.eq(user.id()))
                .execute();
        dsl.deleteFrom(USER_DEPARTMENT).where(USER_DEPARTMENT.USER_ID.eq(user.id())).execute();
        for (int department : user.departmentIds()) {
            dsl.insertInto(USER_DEPARTMENT, USER_DEPARTMENT.USER_ID, USER_DEPARTMENT.DEPARTMENT_ID)
                    .values(user.id(), department).execute();
        }
    }

    public void setPasswordHash(String login, String passwordHash) {
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).where(APP_USER.LOGIN.eq(login)).execute();
    }

    private User map(Record r) {
        int id = r.get(APP_USER.ID);
        Set<Integer> departments = new HashSet<>(dsl.select(USER_DEPARTMENT.DEPARTMENT_ID).from(USER_DEPARTMENT)
                .where(USER_DEPARTMENT.USER_ID.eq(id)).fetch(USER_DEPARTMENT.DEPARTMENT_ID));
        return new User(id, r.get(APP_USER.LOGIN), r.get(APP_USER.FULL_NAME), Role.valueOf(r.get(APP_USER.USER_ROLE)),
                departments, r.get(APP_USER.ACTIVE));
    }
}
