package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.service.importcore.Finding;
import java.util.Optional;

/**
 * Is this workbook one this database made, unaltered, for the year and department the user expects?
 * The database is named first (its identity is plain in the workbook), then the signature decides
 * whether any identifier was edited; only then are year and department compared.
 */
final class IdentityCheck {

    private IdentityCheck() {
    }

    static Optional<Finding> check(ManifestReader.Signed signed, String databaseIdentity, Optional<byte[]> key,
                                   Expectation expectation) {
        Manifest manifest = signed.manifest();
        if (!manifest.databaseIdentity().equals(databaseIdentity)) {
            return Optional.of(Finding.error("offline.error.otherDatabase", CellValues.shortened(manifest.databaseIdentity())));
        }
        if (key.isEmpty() || !ManifestSignature.verify(manifest, signed.signature(), key.get())) {
            return Optional.of(Finding.error("offline.error.tampered"));
        }
        if (expectation.year() != null && expectation.year() != manifest.year()) {
            return Optional.of(Finding.error("offline.error.otherYear", manifest.year(), expectation.year()));
        }
        String department = expectation.departmentCode();
        if (department != null && !department.strip().equalsIgnoreCase(manifest.departmentCode())) {
            return Optional.of(Finding.error("offline.error.otherDepartment", manifest.departmentCode(), department.strip()));
        }
        return Optional.empty();
    }
}
