package org.tongguan.core.io;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One named daemon thread that runs a task again and again with a pause between runs, as the folder scanners of
 * the transport and the simulator do. A run may ask for a shorter pause before the next one (a scanner that saw a
 * file still settling looks again once it may have settled, not a whole poll interval later). A failing run is logged
 * and the next one goes ahead after the full pause; {@link #stop} waits up to ten seconds for a running task, then
 * interrupts it.
 */
public final class Pump {
    private static final Logger LOG = LoggerFactory.getLogger(Pump.class);
    private static final long STOP_WAIT_SECONDS = 10;
    private final String name;
    private final Supplier<Duration> task;
    private final long pauseMillis;
    private final ScheduledThreadPoolExecutor executor;

    private Pump(String name, Supplier<Duration> task, Duration pause) {
        this.name = name;
        this.task = task;
        this.pauseMillis = pause.toMillis();
        this.executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        // a stopped pump does not wait for, nor run, the run it had planned
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        schedule(pauseMillis);
    }

    /**
     * Starts running {@code task} on a thread called {@code name}, first after {@code pause}; after each run, the
     * pause the run returned when it is shorter than {@code pause} (null: {@code pause}).
     */
    public static Pump start(String name, Supplier<Duration> task, Duration pause) {
        return new Pump(name, task, pause);
    }

    private void schedule(long millis) {
        try {
            executor.schedule(this::runOnce, millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // stopped meanwhile: no next run
        }
    }

    private void runOnce() {
        long next = pauseMillis;
        try {
            Duration wanted = task.get();
            if (wanted != null) {
                next = Math.max(0, Math.min(pauseMillis, wanted.toMillis()));
            }
        } catch (RuntimeException | LinkageError e) { // keep the pump alive: the next run may succeed
            LOG.error("{} failed; it runs again after its pause", name, e);
        }
        if (!executor.isShutdown()) {
            schedule(next);
        }
    }

    /** Stops the pump: no new run starts; a running one gets ten seconds, then is interrupted. */
    public void stop() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("{} did not finish within {} s; interrupting it", name, STOP_WAIT_SECONDS);
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
