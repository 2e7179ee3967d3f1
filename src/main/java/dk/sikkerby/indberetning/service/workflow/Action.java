package dk.sikkerby.indberetning.service.workflow;

/** What a user can try to do; {@link Rights} decides who may, on what, and when. */
public enum Action {
    EDIT_SCORE_AND_NOTE("action.editScoreAndNote", true),
    EDIT_ASSESSMENT("action.editAssessment", true),
    SUBMIT("action.submit", true),
    RETURN("action.return", true),
    APPROVE("action.approve", true),
    REOPEN("action.reopen", true),
    COMMENT("action.comment", true),
    /** Reading a department's returned workbook in: writes score and note of that department's rows. */
    READ_IN_WORKBOOK("action.readInWorkbook", true),
    LOCK_YEAR("action.lockYear", false),
    UNLOCK_YEAR("action.unlockYear", false),
    MANAGE_SETUP("action.manageSetup", false),
    MANAGE_USERS("action.manageUsers", false),
    EXPORT("action.export", false),
    /** Importing an old appendix: creates the year's set-up and writes every submission, assessments too. */
    IMPORT_APPENDIX("action.importAppendix", false),
    /** Making the workbooks that go out to the departments; refused in a locked year. */
    MAKE_TEMPLATES("action.makeTemplates", false);

    private final String key;
    private final boolean onSubmission;

    Action(String key, boolean onSubmission) {
        this.key = key;
        this.onSubmission = onSubmission;
    }

    public String key() {
        return key;
    }

    /** Whether the action concerns one submission (department and state matter) or the year. */
    public boolean onSubmission() {
        return onSubmission;
    }
}
