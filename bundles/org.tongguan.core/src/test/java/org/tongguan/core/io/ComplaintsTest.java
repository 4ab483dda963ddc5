package org.tongguan.core.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.tongguan.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T08:00:00Z"));
    private final Complaints complaints = new Complaints(clock, Duration.ofMinutes(1));

    @Test
    void aSubjectIsComplainedAboutOnceAPeriod() {
        assertTrue(complaints.due("card"));
        assertFalse(complaints.due("card"));
        assertTrue(complaints.due("seal"), "subjects are counted apart");
        clock.advance(Duration.ofSeconds(59));
        assertFalse(complaints.due("card"));
        clock.advance(Duration.ofSeconds(1));
        assertTrue(complaints.due("card"));
        assertFalse(complaints.due("card"));
    }

    @Test
    void aResolvedSubjectIsComplainedAboutAtOnceAgain() {
        assertFalse(complaints.resolved("card"), "nothing to resolve yet");
        assertTrue(complaints.due("card"));
        assertTrue(complaints.resolved("card"));
        assertFalse(complaints.resolved("card"));
        assertTrue(complaints.due("card"));
    }

    @Test
    void retainForgetsSubjectsNoLongerPresent() {
        assertTrue(complaints.due("a"));
        assertTrue(complaints.due("b"));
        complaints.retain(List.of("b"));
        assertTrue(complaints.due("a"));
        assertFalse(complaints.due("b"));
    }

}
