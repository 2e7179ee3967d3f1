package dk.sikkerby.indberetning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ImportAccountTest {

    private static final String SHA = "ab".repeat(32);

    @Test
    void theInitiativesAreWrittenAsRangesAndReadBack() {
        ImportAccount account = ImportAccount.of(7, SHA, "bilag; 2021\nnavn.txt", List.of(5, 1, 2, 3, 9, 10, 12))
                .get(0);

        assertEquals("import 7\nsha256 " + SHA + "\ninitiatives 1-3,5,9-10,12\nfile bilag; 2021\nnavn.txt",
                account.auditValue());
        ImportAccount read = ImportAccount.parse(account.auditValue()).orElseThrow();
        assertEquals(account.auditValue(), read.auditValue());
        assertEquals(7, read.count());
        for (int id : List.of(1, 2, 3, 5, 9, 10, 12)) {
            assertTrue(read.covers(id), "covers " + id);
        }
        for (int id : List.of(0, 4, 6, 8, 11, 13)) {
            assertFalse(read.covers(id), "does not cover " + id);
        }
    }

    @Test
    void aLongListIsSplitOverRowsThatFitTheColumnAndTogetherCoverEveryInitiative() {
        List<Integer> scattered = IntStream.range(0, 40_000).map(i -> 100_000 + 2 * i).boxed().toList();

        List<ImportAccount> accounts = ImportAccount.of(1, SHA, "f.txt", scattered);

        assertTrue(accounts.size() > 1);
        assertTrue(accounts.stream().allMatch(a -> a.auditValue().length() <= 200_000));
        assertEquals(40_000, accounts.stream().mapToInt(ImportAccount::count).sum());
        List<Integer> covered = new ArrayList<>();
        scattered.forEach(id -> {
            if (accounts.stream().anyMatch(a -> a.covers(id))) {
                covered.add(id);
            }
        });
        assertEquals(scattered, covered);
    }

    @Test
    void otherValuesAreNotAccounts() {
        assertEquals(Optional.empty(), ImportAccount.parse(null));
        assertEquals(Optional.empty(), ImportAccount.parse("2/3"));
        assertEquals(Optional.empty(), ImportAccount.parse("import x\nsha256 a\ninitiatives 1\nfile f"));
    }
}
