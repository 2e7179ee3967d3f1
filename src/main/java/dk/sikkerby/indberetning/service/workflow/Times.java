package dk.sikkerby.indberetning.service.workflow;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Moments as users in Copenhagen read them in messages ("12.03.2022", "12.03.2022 14:05"). */
public final class Times {

    private static final ZoneId CITY = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private Times() {
    }

    public static String date(OffsetDateTime at) {
        return at.atZoneSameInstant(CITY).format(DATE);
    }

    public static String dateTime(OffsetDateTime at) {
        return at.atZoneSameInstant(CITY).format(DATE_TIME);
    }
}
