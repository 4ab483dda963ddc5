package org.tongguan.itest;

import org.junit.runner.Description;
import org.junit.runner.Runner;
import org.junit.runner.notification.RunNotifier;
import org.ops4j.pax.exam.junit.PaxExam;

/** Runs a Pax Exam suite when a PostgreSQL server answers; otherwise reports the whole suite as skipped, saying why. */
public class PaxExamIfPostgres extends Runner {
    private final Class<?> suite;
    private final Runner delegate;

    public PaxExamIfPostgres(Class<?> suite) throws Exception {
        this.suite = suite;
        this.delegate = Database.postgresReachable() ? new PaxExam(suite) : null;
    }

    @Override
    public Description getDescription() {
        return delegate != null ? delegate.getDescription() : Description.createSuiteDescription(suite);
    }

    @Override
    public void run(RunNotifier notifier) {
        if (delegate != null) {
            delegate.run(notifier);
            return;
        }
        String why = "PostgreSQL suite skipped: no PostgreSQL server answers at " + Database.PG_URL
                + " (user " + Database.PG_USER + ")";
        System.out.println(why);
        notifier.fireTestIgnored(Description.createTestDescription(suite, why));
    }
}
