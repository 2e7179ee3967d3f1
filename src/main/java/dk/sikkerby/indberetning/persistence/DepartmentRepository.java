package dk.sikkerby.indberetning.persistence;

import static dk.sikkerby.indberetning.persistence.generated.Tables.DEPARTMENT;

import dk.sikkerby.indberetning.domain.Department;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Departments, by code. */
public final class DepartmentRepository {

    private final DSLContext dsl;

    public DepartmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Department> all() {
        return dsl.connectionResult(QuickReads::departments);
    }

    public Optional<Department> findByCode(String code) {
        return dsl.selectFrom(DEPARTMENT).where(DEPARTMENT.CODE.eq(code)).fetchOptional(DepartmentRepository::map);
    }

    public Department insert(String code, String name) {
        int id = dsl.insertInto(DEPARTMENT, DEPARTMENT.CODE, DEPARTMENT.NAME)
                .values(code, name).returning(DEPARTMENT.ID).fetchOne(DEPARTMENT.ID);
        return new Department(id, code, name);
    }

    public void update(Department department) {
        dsl.update(DEPARTMENT)
                .set(DEPARTMENT.CODE, department.code())
                .set(DEPARTMENT.NAME, department.name())
                .where(DEPARTMENT.ID.eq(department.id()))
                .execute();
    }

    static Department map(Record r) {
        return new Department(r.get(DEPARTMENT.ID), r.get(DEPARTMENT.CODE), r.get(DEPARTMENT.NAME));
    }
}
