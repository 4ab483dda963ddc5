package org.tongguan.itest;

import org.junit.runner.RunWith;

/** The 消息中心 suite again, on PostgreSQL: the same bundles, only the DataSource configuration differs. */
@RunWith(PaxExamIfPostgres.class)
public class MessagesPostgresIT extends MessagesIT {
    @Override
    protected Database database() {
        return Database.postgres();
    }
}
