package org.tongguan.itest;

import org.junit.runner.RunWith;

/** The declaration suite again, on PostgreSQL: the same bundles, only the DataSource configuration differs. */
@RunWith(PaxExamIfPostgres.class)
public class DeclarationPostgresIT extends DeclarationIT {
    @Override
    protected Database database() {
        return Database.postgres();
    }
}
