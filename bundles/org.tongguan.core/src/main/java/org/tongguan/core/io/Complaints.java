package org.tongguan.core.io;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Repeated problems are logged at most once a period per subject, so a stuck file or a missing service does not
 * flood the log. Not thread-safe: guard it with the lock of its owner.
 */
public final class Complaints {
    private final Clock clock;
    private final Duration period;
    private final Map<Object, Instant> last = new HashMap<>();

    /** @param period how long after a complaint about a subject the next one is kept quiet */
    public Complaints(Clock clock, Duration period) {
        this.clock = clock;
        this.period = period;
    }

    /** @return whether a problem with {@code subject} should be logged now; if so, the period starts again */
    public boolean due(Object subject) {
        Instant now = clock.instant();
        Instant before = last.get(subject);
        if (before != null && now.isBefore(before.plus(period))) {
            return false;
        }
        last.put(subject, now);
        return true;
    }

    /**
     * Forgets the complaint about {@code subject}: its next problem is logged at once.
     *
     * @return whether there had been a complaint about {@code subject}
     */
    public boolean resolved(Object subject) {
        return last.remove(subject) != null;
    }

    /** Forgets the complaints about every subject not in {@code present}. */
    public void retain(Collection<?> present) {
        last.keySet().retainAll(present);
    }
}
