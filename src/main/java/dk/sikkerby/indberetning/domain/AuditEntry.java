package dk.sikkerby.indberetning.domain;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One changed field in the audit trail: what it was and became, who changed it, when, and by which
 * action. {@code initiativeId} is empty for a change to the year itself (lock, unlock).
 * {@code field} names a submission field ({@link AuditField}) in storage form.
 */
public record AuditEntry(long id, int year, Optional<Integer> initiativeId, AuditAction action, AuditField field,
                         String oldValue, String newValue, String actorLogin, String actorName,
                         OffsetDateTime changedAt) {
}
