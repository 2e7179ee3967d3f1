package dk.sikkerby.indberetning.testsupport;

import dk.sikkerby.indberetning.domain.CriterionMarker;
import dk.sikkerby.indberetning.domain.CriterionOutcome;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import java.util.List;

/**
 * {@link SampleYear} and the two years after it, made with "new year from last year", through the
 * services as the app makes them. Sjakket (SOF) lists three criteria: 2/3 in 2021, 1/2 in 2022 (one
 * not met, one dropped), 3/3 in 2023; Københavnerteamet (SOF) types 1/2 every year; Idrætssociale
 * Indsatser (KFF) 4/4 in 2021 only.
 */
public final class ThreeYearsOfSjakket {

    public static final List<String> CRITERIA = List.of("Færre anmeldelser", "Flere i fritidsjob", "Tryghed");

    private ThreeYearsOfSjakket() {
    }

    public static void create(Database db) {
        SampleYear.create(db.dsl());
        addYears(db);
    }

    /** The scores of 2021 and the years 2022 and 2023, on a database that holds {@link SampleYear}. */
    public static void addYears(Database db) {
        SubmissionService submissions = new SubmissionService(db.store());
        YearSetupService setup = new YearSetupService(db.store());
        save(submissions, 2021, "Sjakket", form("Note 2021", "Vurdering 2021", List.of(
                new SuccessCriterion(CRITERIA.get(0), CriterionOutcome.MET, "", CriterionMarker.NEW, ""),
                new SuccessCriterion(CRITERIA.get(1), CriterionOutcome.MET, "", CriterionMarker.NEW, ""),
                new SuccessCriterion(CRITERIA.get(2), CriterionOutcome.NOT_MET, "", CriterionMarker.NEW, ""))));
        save(submissions, 2021, "Idrætssociale Indsatser", typed("4", "4"));
        save(submissions, 2021, "Københavnerteamet", typed("1", "2"));
        setup.createFromPreviousYear(TestActors.administrator(), 2022);
        List<SuccessCriterion> carried = submissions.criteria(2022, id(submissions, 2022, "Sjakket"));
        save(submissions, 2022, "Sjakket", form("Note 2022", "Vurdering 2022", List.of(
                carried.get(0).withOutcome(CriterionOutcome.MET, ""),
                carried.get(1).withOutcome(CriterionOutcome.NOT_MET, ""),
                carried.get(2).withOutcome(CriterionOutcome.DROPPED, "Ingen måling i år"))));
        save(submissions, 2022, "Københavnerteamet", typed("1", "2"));
        setup.createFromPreviousYear(TestActors.administrator(), 2023);
        carried = submissions.criteria(2023, id(submissions, 2023, "Sjakket"));
        save(submissions, 2023, "Sjakket", form("Note 2023", "Vurdering 2023",
                carried.stream().map(c -> c.withOutcome(CriterionOutcome.MET, "")).toList()));
        save(submissions, 2023, "Københavnerteamet", typed("1", "2"));
    }

    /**
     * Sjakket's 2023 list changed against 2022: the first criterion reworded, the second no longer listed,
     * one added ("Flere unge i klub"); all met, so 3/3 still.
     */
    public static void changeCriteriaIn2023(Database db) {
        SubmissionService submissions = new SubmissionService(db.store());
        List<SuccessCriterion> carried = submissions.criteria(2023, id(submissions, 2023, "Sjakket"));
        SuccessCriterion first = carried.get(0);
        save(submissions, 2023, "Sjakket", form("Note 2023", "Vurdering 2023", List.of(
                new SuccessCriterion("Færre anmeldelser af tyveri", CriterionOutcome.MET, "", CriterionMarker.RAISED,
                        first.carriedFrom()),
                carried.get(2),
                new SuccessCriterion("Flere unge i klub", CriterionOutcome.MET, "", CriterionMarker.NEW, ""))));
    }

    /** What a reviewer reads about {@link #changeCriteriaIn2023}, in Danish. */
    public static final String CHANGES_2023 = "Ændret siden sidste år:\n"
            + "Omformuleret: \"Færre anmeldelser\" → \"Færre anmeldelser af tyveri\"\n"
            + "Tilføjet: Flere unge i klub\n"
            + "Ikke længere med: Flere i fritidsjob";

    private static SubmissionForm form(String note, String assessment, List<SuccessCriterion> criteria) {
        return new SubmissionForm("", "", false, RichText.plain(note), RichText.plain(assessment), criteria);
    }

    private static SubmissionForm typed(String met, String total) {
        return new SubmissionForm(met, total, false, RichText.EMPTY, RichText.EMPTY);
    }

    public static int id(SubmissionService submissions, int year, String name) {
        return submissions.loadYear(year).rows().stream().filter(r -> r.name().equals(name))
                .mapToInt(InitiativeRow::initiativeId).findFirst().orElseThrow();
    }

    private static void save(SubmissionService submissions, int year, String name, SubmissionForm form) {
        int version = submissions.loadYear(year).rows().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow().version();
        submissions.save(TestActors.administrator(), year, id(submissions, year, name), form, version);
    }
}
