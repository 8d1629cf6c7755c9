package io.dosql.jdbc.durability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a crash campaign measured: kills, acknowledged and verified transactions, recoveries, failures. */
final class CrashFigures {
    int kills;
    int killsBeforeReady;
    long acknowledged;
    /** Acknowledged commits a crash took back: allowed only with {@code synchronous_commit=off}. */
    long lostAcknowledged;
    long verifiedCommits;
    long rolledBackByPlan;
    int inFlightPresent;
    int inFlightAbsent;
    int recoveries;
    final List<Long> recoveryNanos = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    long databaseBytes;

    double meanRecoveryMillis() {
        return recoveryNanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
    }

    double maxRecoveryMillis() {
        return recoveryNanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
    }

    String format(CrashTarget target, long seed, double elapsedSeconds) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "crash test on %s, seed %d, %.1f s%n", target, seed, elapsedSeconds));
        text.append(String.format(Locale.ROOT, "  kills (SIGKILL)                 %d (%d before the child was ready)%n",
                kills, killsBeforeReady));
        text.append(String.format(Locale.ROOT, "  transactions acknowledged       %d (%d of them planned ROLLBACKs)%n",
                acknowledged, rolledBackByPlan));
        text.append(String.format(Locale.ROOT, "  commits verified in the end     %d%n", verifiedCommits));
        text.append(String.format(Locale.ROOT, "  acknowledged commits lost       %d (allowed with synchronous_commit=off only)%n",
                lostAcknowledged));
        text.append(String.format(Locale.ROOT, "  in-flight at the kill: present  %d, absent %d%n", inFlightPresent,
                inFlightAbsent));
        text.append(String.format(Locale.ROOT, "  recoveries (reopen + verify)    %d%n", recoveries));
        text.append(String.format(Locale.ROOT, "  reopen time                     mean %.1f ms, max %.1f ms%n",
                meanRecoveryMillis(), maxRecoveryMillis()));
        text.append(String.format(Locale.ROOT, "  database size at the end        %.1f MB%n", databaseBytes / 1e6));
        text.append(String.format(Locale.ROOT, "  failures                        %d%n", failures.size()));
        for (String failure : failures.subList(0, Math.min(20, failures.size()))) {
            text.append("    - ").append(failure).append(System.lineSeparator());
        }
        return text.toString();
    }
}
