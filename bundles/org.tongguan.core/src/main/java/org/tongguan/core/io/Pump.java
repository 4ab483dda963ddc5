package org.tongguan.core.io;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One named daemon thread that runs a task again and again with a pause between runs, as the folder scanners of
 * the transport and the simulator do. A failing run is logged and the next one goes ahead; {@link #stop} waits up to
 * ten seconds for a running task, then interrupts it.
 */
public final class Pump {
    private static final Logger LOG = LoggerFactory.getLogger(Pump.class);
    private static final long STOP_WAIT_SECONDS = 10;
    private final String name;
    private final ScheduledExecutorService executor;

    private Pump(String name, Runnable task, Duration pause) {
        this.name = name;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        long millis = pause.toMillis();
        executor.scheduleWithFixedDelay(() -> runOnce(task), millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Starts running {@code task} on a thread called {@code name}, first after {@code pause}, then {@code pause} after each run. */
    public static Pump start(String name, Runnable task, Duration pause) {
        return new Pump(name, task, pause);
    }

    private void runOnce(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | LinkageError e) { // keep the pump alive: the next run may succeed
            LOG.error("{} failed; it runs again after its pause", name, e);
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
