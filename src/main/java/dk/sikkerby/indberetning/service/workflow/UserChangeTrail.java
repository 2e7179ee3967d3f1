package dk.sikkerby.indberetning.service.workflow;

import dk.sikkerby.indberetning.persistence.Repositories;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.domain.UserChange.Field;
import dk.sikkerby.indberetning.domain.UserChange.Kind;
import dk.sikkerby.indberetning.persistence.UserAuditRepository;
import dk.sikkerby.indberetning.persistence.UserAuditRepository.NewUserChange;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes the users' history on the DSLContext of the change's own transaction, so that a change to a
 * user and its rows are committed or rolled back together. Never a password or a hash.
 */
final class UserChangeTrail {

    private final UserAuditRepository audit;
    private final Actor actor;
    private final Map<Integer, String> departmentCodes;
    private final OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);

    UserChangeTrail(Repositories transaction, Actor actor, Map<Integer, String> departmentCodes) {
        this.audit = transaction.userAudit();
        this.actor = actor;
        this.departmentCodes = departmentCodes;
    }

    void created(User user) {
        compare(Kind.USER_CREATE, null, user);
    }

    /** One row per changed field: name, role, departments. */
    void edited(User before, User after) {
        compare(Kind.USER_EDIT, before, after);
    }

    void activeChanged(User before, User after) {
        append(after, after.active() ? Kind.USER_REACTIVATE : Kind.USER_DEACTIVATE, Field.ACTIVE,
                String.valueOf(before.active()), String.valueOf(after.active()));
    }

    /** That the password was reset by an administrator or changed by its owner; no value is kept. */
    void password(User user, Kind kind) {
        append(user, kind, Field.PASSWORD, null, null);
    }

    private void compare(Kind kind, User before, User after) {
        field(after, kind, Field.FULL_NAME, before == null ? null : before.fullName(), after.fullName());
        field(after, kind, Field.ROLE, before == null ? null : before.role().name(), after.role().name());
        String codesBefore = before == null ? null : codes(before);
        String codesAfter = codes(after);
        if (!(before == null && codesAfter.isEmpty())) {
            field(after, kind, Field.DEPARTMENTS, codesBefore, codesAfter);
        }
    }

    private void field(User subject, Kind kind, Field field, String before, String after) {
        if (!Objects.equals(before, after)) {
            append(subject, kind, field, before, after);
        }
    }

    private void append(User subject, Kind kind, Field field, String before, String after) {
        audit.append(new NewUserChange(subject.login(), subject.fullName(), kind, field, before, after, actor.login(),
                actor.fullName(), at));
    }

    /** The departments as their codes in order, "KFF, SOF": readable without the department table. */
    private String codes(User user) {
        return user.departmentIds().stream().map(id -> departmentCodes.getOrDefault(id, String.valueOf(id)))
                .sorted().collect(Collectors.joining(", "));
    }
}
