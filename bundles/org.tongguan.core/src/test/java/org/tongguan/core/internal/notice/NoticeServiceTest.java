package org.tongguan.core.internal.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongguan.core.AccessDeniedException;
import org.tongguan.core.Messages;
import org.tongguan.core.notice.Notice;
import org.tongguan.core.notice.NoticeQuery;
import org.tongguan.core.notice.NoticeService;
import org.tongguan.core.security.Permissions;
import org.tongguan.core.security.UserContext;
import org.tongguan.core.testing.TestDatabase;
import org.tongguan.core.testing.TestPolicy;

/** Notices on a real database: published once per key, listed by kind, star and read, and only for their enterprise. */
class NoticeServiceTest {
    private static final String MINE = "6101940123";
    private static final String OTHER = "6101940999";
    private static final UserContext SYSTEM = UserContext.system("test");
    private final UserContext clerk = UserContext.user(1, "clerk");
    private final UserContext stranger = UserContext.user(2, "stranger");
    private final UserContext noPermission = UserContext.user(3, "nobody");
    private TestDatabase db;
    private NoticeServiceImpl notices;

    @BeforeEach
    void setUp() {
        db = new TestDatabase("org/tongguan/core/db/changelog.xml");
        TestPolicy policy = new TestPolicy().grant(clerk, Set.of(Permissions.NOTICE_VIEW), Set.of(MINE))
                .grant(stranger, Set.of(Permissions.NOTICE_VIEW), Set.of(OTHER))
                .grant(noPermission, Set.of(), Set.of(MINE));
        notices = new NoticeServiceImpl(db.jpa(), policy);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static Messages.Of text(String s) {
        return Messages.Of.of(Messages.CORE, "notice.notFound", s);
    }

    @Test
    void aKeyIsPublishedOnceWithItsDocument() {
        NoticeService.Once once = new NoticeService.Once("doc:1:APPROVE:7", MINE, Notice.Kind.NOTICE, "document:Q1",
                1L, text("a"), text("b"));
        List<Long> first = notices.publishOnce(List.of(once, once));
        List<Long> again = notices.publishOnce(List.of(once));
        assertEquals(1, first.size(), "a key repeated in one call is published once");
        assertTrue(again.isEmpty(), "the same key publishes nothing the second time");
        List<Notice> all = notices.list(clerk, NoticeQuery.of(null, false, 100));
        assertEquals(1, all.size());
        assertEquals(1L, all.get(0).documentId());
        assertEquals("消息 a 不存在", all.get(0).title(Locale.SIMPLIFIED_CHINESE));
        assertTrue(all.get(0).unread());
        // notices without a key stay many (the unique constraint leaves them alone, on Derby too)
        notices.publish(MINE, Notice.Kind.WARNING, "ledger:E1", text("w1"), text("w"));
        notices.publish(MINE, Notice.Kind.WARNING, "ledger:E1", text("w2"), text("w"));
        assertEquals(3, notices.list(clerk, NoticeQuery.of(null, false, 100)).size());
    }

    @Test
    void tabsCountTheUnreadAndTheStarFilters() {
        long n1 = notices.publish(MINE, Notice.Kind.NOTICE, "s", text("n1"), text("t"));
        long n2 = notices.publish(MINE, Notice.Kind.NOTICE, "s", text("n2"), text("t"));
        long w1 = notices.publish(MINE, Notice.Kind.WARNING, "s", text("w1"), text("t"));
        notices.publish(OTHER, Notice.Kind.NOTICE, "s", text("theirs"), text("t"));
        assertEquals(Map.of(Notice.Kind.NOTICE, 2L, Notice.Kind.WARNING, 1L), notices.unread(clerk));

        notices.markRead(clerk, n1);
        notices.star(clerk, n2, true);
        notices.star(clerk, w1, true);
        assertEquals(Map.of(Notice.Kind.NOTICE, 1L, Notice.Kind.WARNING, 1L), notices.unread(clerk));
        assertFalse(notices.get(clerk, n1).unread());
        List<Notice> tab = notices.list(clerk, NoticeQuery.of(Notice.Kind.NOTICE, false, 100));
        assertEquals(List.of(n2, n1), tab.stream().map(Notice::id).toList(), "newest first, theirs not among them");
        assertEquals(List.of(n2), notices.list(clerk, NoticeQuery.of(Notice.Kind.NOTICE, true, 100)).stream()
                .map(Notice::id).toList(), "仅显示星标");
        notices.star(clerk, n2, false);
        assertTrue(notices.list(clerk, NoticeQuery.of(Notice.Kind.NOTICE, true, 100)).isEmpty());
        assertEquals(4, notices.list(SYSTEM, NoticeQuery.of(null, false, 100)).size(), "the system reads every one");
    }

    @Test
    void aUserOfAnotherEnterpriseIsRefused() {
        long mine = notices.publish(MINE, Notice.Kind.NOTICE, "s", text("n1"), text("t"));
        assertThrows(AccessDeniedException.class, () -> notices.get(stranger, mine));
        assertThrows(AccessDeniedException.class, () -> notices.markRead(stranger, mine));
        assertThrows(AccessDeniedException.class, () -> notices.star(stranger, mine, true));
        assertThrows(AccessDeniedException.class, () -> notices.list(stranger, MINE, null, false, 10));
        assertTrue(notices.list(stranger, NoticeQuery.of(null, false, 100)).isEmpty());
        assertEquals(0L, notices.unread(stranger).get(Notice.Kind.NOTICE));
        assertTrue(notices.get(clerk, mine).unread(), "nothing the stranger tried changed it");
        assertFalse(notices.get(clerk, mine).starred());
        // acting for the enterprise is not enough without the permission
        assertThrows(AccessDeniedException.class, () -> notices.list(noPermission, NoticeQuery.of(null, false, 10)));
        assertThrows(AccessDeniedException.class, () -> notices.markRead(noPermission, mine));
    }
}
