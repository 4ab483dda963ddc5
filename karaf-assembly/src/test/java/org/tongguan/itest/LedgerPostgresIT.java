package org.tongguan.itest;

import org.junit.runner.RunWith;

/** The ledger suite again, on PostgreSQL: the balance and 报核 sums are the database's, so both are proven. */
@RunWith(PaxExamIfPostgres.class)
public class LedgerPostgresIT extends LedgerIT {
    @Override
    protected Database database() {
        return Database.postgres();
    }
}
