package org.tongguan.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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
        }, Duration.ofMillis(1));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        pump.stop();
        assertTrue(interrupted.await(20, TimeUnit.SECONDS), "the stuck run was interrupted");
    }
}
