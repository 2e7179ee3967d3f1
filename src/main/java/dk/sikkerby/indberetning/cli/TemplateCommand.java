package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.offline.TemplateService;
import dk.sikkerby.indberetning.service.workflow.Actor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code template --year YEAR [--department CODE] --out FILE|FOLDER [--user LOGIN]}: the workbooks that go out to
 * departments working offline, one for a department or one per department into a folder.
 */
@Command(name = "template", mixinStandardHelpOptions = true)
public class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    UserOption user = new UserOption();

    @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "cli.template.year")
    int year;

    @Option(names = "--department", paramLabel = "CODE", descriptionKey = "cli.template.department")
    String department;

    @Option(names = "--out", required = true, paramLabel = "FILE|FOLDER", descriptionKey = "cli.template.out")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (CliSession session = CliSession.open(spec)) {
            TemplateService templates = session.services().offline().templates();
            Actor actor = user.actor(session);
            List<TemplateService.Written> written = department == null
                    ? templates.writeAll(actor, year, out, Progress.NONE)
                    : List.of(templates.writeOne(actor, year, department, out));
            for (TemplateService.Written w : written) {
                session.out().println(session.messages().get("cli.template.written", w.departmentCode(),
                        w.file().toString(), w.initiatives()));
            }
        }
        return 0;
    }
}
