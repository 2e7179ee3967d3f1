package dk.sikkerby.indberetning.domain;

/** Where a success criterion comes from, as the 2021 assessments say it in prose. */
public enum CriterionMarker {
    /** Set this year for the first time ("udarbejdet nye succeskriterier"). */
    NEW("criterion.marker.new"),
    /** Last year's criterion with a higher bar ("opjusteret"). */
    RAISED("criterion.marker.raised"),
    /** Last year's criterion as it was. */
    CARRIED_OVER("criterion.marker.carriedOver");

    private final String key;

    CriterionMarker(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
