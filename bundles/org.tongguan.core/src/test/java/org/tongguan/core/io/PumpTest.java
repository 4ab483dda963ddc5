package org.tongguan.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PumpTest {
    @Test
    void runsRepeatedlyOnItsNamedThreadAndSurvivesAFailingRun() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        AtomicReference<String> thread = new AtomicReference<>();
        CountDownLatch three = new CountDownLatch(3);
        Pump pump = Pump.start("test-pump", () -> {
            thread.set(Thread.currentThread().getName());
            three.countDown();
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("first run fails");
            }
            return null;
        }, Duration.ofMillis(10));
        try {
            assertTrue(three.await(10, TimeUnit.SECONDS), "runs again after a failure");
            assertEquals("test-pump", thread.get());
        } finally {
            pump.stop();
        }
        int stoppedAt = runs.get();
        Thread.sleep(100); // a stopped pump must not run again; give it the chance to
        assertEquals(stoppedAt, runs.get());
    }

    @Test
    void aRunMayAskForTheNextOneSoonerButNeverLaterThanThePause() throws Exception {
        List<Long> runs = new CopyOnWriteArrayList<>();
        CountDownLatch four = new CountDownLatch(4);
        long pauseMillis = 1_500;
        Pump pump = Pump.start("adaptive-pump", () -> {
            runs.add(System.nanoTime());
            four.countDown();
            // the first three ask for 10 ms (or, the fourth, for more than the pause: the pause wins)
            return runs.size() < 4 ? Duration.ofMillis(10) : Duration.ofHours(1);
        }, Duration.ofMillis(pauseMillis));
        try {
            assertTrue(four.await(2 * pauseMillis + 1_000, TimeUnit.MILLISECONDS), "four runs: " + runs.size());
            long quick = TimeUnit.NANOSECONDS.toMillis(runs.get(3) - runs.get(0));
            assertTrue(quick < pauseMillis, "runs 2 to 4 came after the short pauses asked for: " + quick + " ms");
            Thread.sleep(pauseMillis / 2);
            assertEquals(4, runs.size(), "an hour asked for is the pause, not sooner");
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2 * pauseMillis + 1_000);
            while (runs.size() < 5 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(5, runs.size(), "and not later than the pause either");
        } finally {
            pump.stop();
        }
    }

    @Test
    void stopInterruptsARunThatDoesNotFinish() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        Pump pump = Pump.start("stuck-pump", () -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return null;
        }, Duration.ofMillis(1));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        pump.stop();
        assertTrue(interrupted.await(20, TimeUnit.SECONDS), "the stuck run was interrupted");
    }
}
