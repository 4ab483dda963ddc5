package org.tongguan.itest;

import org.junit.runner.RunWith;

/** The platform suite again, on PostgreSQL: the same bundles, only the DataSource configuration differs. */
@RunWith(PaxExamIfPostgres.class)
public class PlatformPostgresIT extends PlatformIT {
    @Override
    protected Database database() {
        return Database.postgres();
    }
}
