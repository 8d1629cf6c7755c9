package io.dosql.engine.function;

import io.dosql.core.ErrorCode;
import io.dosql.core.Interval;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AT TIME ZONE ({@code timezone(zone, value)}): zone names as PostgreSQL reads them: IANA names
 * ({@code Europe/Paris}), fixed abbreviations ({@code EST}), and POSIX offsets, where {@code UTC+2}
 * and {@code +02:00} mean two hours <em>west</em> of Greenwich; an interval zone is an east offset.
 */
final class TimeZones {
    private static final Pattern POSIX_OFFSET = Pattern.compile("([a-z]{3,})?([+-]?)(\\d{1,2})(?::(\\d{2}))?(?::(\\d{2}))?");
    private static final Map<String, Integer> ABBREVIATIONS = Map.ofEntries(
            Map.entry("utc", 0), Map.entry("gmt", 0), Map.entry("z", 0), Map.entry("zulu", 0), Map.entry("ut", 0),
            Map.entry("est", -5 * 60), Map.entry("edt", -4 * 60), Map.entry("cst", -6 * 60), Map.entry("cdt", -5 * 60),
            Map.entry("mst", -7 * 60), Map.entry("mdt", -6 * 60), Map.entry("pst", -8 * 60), Map.entry("pdt", -7 * 60),
            Map.entry("cet", 60), Map.entry("cest", 120), Map.entry("eet", 120), Map.entry("eest", 180),
            Map.entry("wet", 0), Map.entry("west", 60), Map.entry("bst", 60), Map.entry("jst", 9 * 60),
            Map.entry("ist", 2 * 60), Map.entry("msk", 3 * 60), Map.entry("hst", -10 * 60), Map.entry("akst", -9 * 60));

    private TimeZones() {
    }

    /** {@code timestamptz AT TIME ZONE zone}: the wall-clock time there. */
    static LocalDateTime toLocal(OffsetDateTime instant, String zone) {
        return instant.atZoneSameInstant(resolve(zone)).toLocalDateTime();
    }

    /** {@code timestamp AT TIME ZONE zone}: the instant whose wall-clock time there is {@code local}. */
    static OffsetDateTime toInstant(LocalDateTime local, String zone) {
        return local.atZone(resolve(zone)).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    static LocalDateTime toLocal(OffsetDateTime instant, Interval offset) {
        return instant.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().plusNanos(offsetMicros(offset) * 1000L);
    }

    static OffsetDateTime toInstant(LocalDateTime local, Interval offset) {
        return local.minusNanos(offsetMicros(offset) * 1000L).atOffset(ZoneOffset.UTC);
    }

    private static long offsetMicros(Interval offset) {
        if (offset.months() != 0 || offset.days() != 0) {
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception(
                    "interval time zone \"" + io.dosql.engine.value.ValueFormatter.formatInterval(offset)
                            + "\" must not include months or days");
        }
        // PostgreSQL uses whole seconds of an interval zone (timestamptz_izone truncates).
        return offset.micros() / 1_000_000L * 1_000_000L;
    }

    static ZoneId resolve(String zone) {
        String lower = zone.strip().toLowerCase(Locale.ROOT);
        Integer minutes = ABBREVIATIONS.get(lower);
        if (minutes != null) {
            return ZoneOffset.ofTotalSeconds(minutes * 60);
        }
        Matcher matcher = POSIX_OFFSET.matcher(lower);
        if (matcher.matches()) {
            int seconds = Integer.parseInt(matcher.group(3)) * 3600
                    + (matcher.group(4) == null ? 0 : Integer.parseInt(matcher.group(4)) * 60)
                    + (matcher.group(5) == null ? 0 : Integer.parseInt(matcher.group(5)));
            // POSIX counts hours west of Greenwich, so a '+' is a negative ISO offset.
            int sign = "-".equals(matcher.group(2)) ? 1 : -1;
            try {
                return ZoneOffset.ofTotalSeconds(sign * seconds);
            } catch (DateTimeException outOfRange) {
                throw notRecognized(zone);
            }
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException unknown) {
            throw notRecognized(zone);
        }
    }

    private static RuntimeException notRecognized(String zone) {
        return ErrorCode.INVALID_PARAMETER_VALUE.exception("time zone \"" + zone + "\" not recognized");
    }
}
