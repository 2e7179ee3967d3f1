package dk.sikkerby.indberetning.service.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives each department code the rows use its name: from the footnote, or else from the known
 * departments. A code the footnote does not define is reported with the line of its first use and the
 * footnote's line; where the footnote defines another code for the known department's name (2021:
 * "KKF" in the footnote, "KFF" in the table), the warning says so and the code the rows use wins.
 * A footnote code no row uses is not created.
 */
final class DepartmentResolver {

    /** Where a code is first used, for findings. */
    record Use(int line, int column) {
    }

    private final Map<String, Use> uses = new LinkedHashMap<>();
    private final Map<String, DepartmentDefinition> definitions = new LinkedHashMap<>();
    private int footnoteLine;

    void use(String code, int line, int column) {
        uses.putIfAbsent(code, new Use(line, column));
    }

    void define(DepartmentDefinition definition, FindingCollector findings) {
        if (footnoteLine == 0) {
            footnoteLine = definition.line();
        }
        DepartmentDefinition earlier = definitions.putIfAbsent(definition.code(), definition);
        if (earlier != null && !earlier.name().equalsIgnoreCase(definition.name())) {
            findings.warning(definition.line(), 0, "import.footnote.redefined", definition.code(), earlier.line(),
                    earlier.name(), definition.name());
        }
    }

    List<ParsedDepartment> resolve(KnownVocabulary known, FindingCollector findings) {
        List<ParsedDepartment> result = new ArrayList<>();
        Set<String> explained = new HashSet<>();
        for (Map.Entry<String, Use> entry : uses.entrySet()) {
            String code = entry.getKey();
            Use use = entry.getValue();
            DepartmentDefinition defined = definitions.get(code);
            Optional<String> knownName = known.departmentName(code);
            if (defined != null) {
                knownName.filter(name -> !name.equalsIgnoreCase(defined.name())).ifPresent(name -> findings.warning(
                        use.line(), use.column(), "import.department.nameDiffers", code, defined.name(),
                        defined.line(), name));
                result.add(new ParsedDepartment(code, defined.name(), use.line()));
            } else if (knownName.isPresent()) {
                String name = knownName.get();
                Optional<DepartmentDefinition> sameName = definitions.values().stream()
                        .filter(d -> d.name().equalsIgnoreCase(name) && !uses.containsKey(d.code())).findFirst();
                if (sameName.isPresent()) {
                    DepartmentDefinition other = sameName.get();
                    explained.add(other.code());
                    findings.warning(use.line(), use.column(), "import.department.codeMismatch", code, use.line(),
                            other.code(), other.line(), name);
                } else if (footnoteLine > 0) {
                    findings.warning(use.line(), use.column(), "import.department.notInFootnote", code, use.line(),
                            footnoteLine, name);
                } else {
                    findings.info(use.line(), use.column(), "import.department.noFootnote", code, name);
                }
                result.add(new ParsedDepartment(code, name, use.line()));
            } else if (footnoteLine > 0) {
                findings.error(use.line(), use.column(), "import.department.unknown", code, use.line(), footnoteLine);
            } else {
                findings.error(use.line(), use.column(), "import.department.unknownNoFootnote", code);
            }
        }
        for (DepartmentDefinition d : definitions.values()) {
            if (!uses.containsKey(d.code()) && !explained.contains(d.code())) {
                findings.info(d.line(), 0, "import.footnote.unused", d.code(), d.name());
            }
        }
        return result;
    }
}
