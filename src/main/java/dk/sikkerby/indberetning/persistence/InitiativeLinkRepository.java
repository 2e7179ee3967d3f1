package dk.sikkerby.indberetning.persistence;

import static dk.sikkerby.indberetning.persistence.generated.Tables.INITIATIVE_PREDECESSOR;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/** Which initiative continues which under a new name (decision 0701): a chain per initiative. */
public final class InitiativeLinkRepository {

    private final DSLContext dsl;

    public InitiativeLinkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void link(int initiativeId, int predecessorId, String by, OffsetDateTime at) {
        dsl.insertInto(INITIATIVE_PREDECESSOR)
                .set(INITIATIVE_PREDECESSOR.INITIATIVE_ID, initiativeId)
                .set(INITIATIVE_PREDECESSOR.PREDECESSOR_ID, predecessorId)
                .set(INITIATIVE_PREDECESSOR.LINKED_BY, by)
                .set(INITIATIVE_PREDECESSOR.LINKED_AT, at)
                .execute();
    }

    /** Takes the link of {@code initiativeId} to its predecessor away; false if there was none. */
    public boolean unlink(int initiativeId) {
        return dsl.deleteFrom(INITIATIVE_PREDECESSOR)
                .where(INITIATIVE_PREDECESSOR.INITIATIVE_ID.eq(initiativeId)).execute() > 0;
    }

    /** Successor id → predecessor id, every link. */
    public Map<Integer, Integer> all() {
        Map<Integer, Integer> links = new HashMap<>();
        dsl.selectFrom(INITIATIVE_PREDECESSOR)
                .forEach(r -> links.put(r.getInitiativeId(), r.getPredecessorId()));
        return links;
    }

    /** The initiative and its predecessors, oldest first. */
    public List<Integer> chain(int initiativeId) {
        Map<Integer, Integer> links = all();
        List<Integer> chain = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (Integer id = initiativeId; id != null && seen.add(id); id = links.get(id)) {
            chain.add(0, id);
        }
        return chain;
    }
}
