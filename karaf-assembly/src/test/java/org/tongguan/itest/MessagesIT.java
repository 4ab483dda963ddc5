package org.tongguan.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.tongguan.itest.Fixtures.creditCodeFor;
import static org.tongguan.itest.Fixtures.enterprise;
import static org.tongguan.itest.Fixtures.uniqueCustomsCode;
import static org.tongguan.itest.Fixtures.waitFor;

import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.tongguan.core.AccessDeniedException;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.notice.Notice;
import org.tongguan.core.notice.NoticeQuery;
import org.tongguan.core.notice.NoticeService;
import org.tongguan.core.security.UserContext;
import org.tongguan.core.security.UserService;

/**
 * The 消息中心 inside the assembled distribution (booted by default): a 企业资质申请 declared through the SM2 card, the
 * filebox and the customs simulator brings its enterprise's clerk one 通知 per receipt, naming the document, in both
 * languages; a 退单 carries customs' 检查信息; a clerk of another enterprise reads none of them and is refused each
 * one. {@link MessagesPostgresIT} runs the same on PostgreSQL.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MessagesIT extends DocumentSuite {
    @Inject
    @Filter(timeout = 60_000)
    private NoticeService notices;
    @Inject
    @Filter(timeout = 60_000)
    private UserService users;

    private List<Notice> noticesOf(UserContext who, long documentId) {
        return notices.list(who, NoticeQuery.of(Notice.Kind.NOTICE, false, 1000)).stream()
                .filter(n -> Long.valueOf(documentId).equals(n.documentId())).toList();
    }

    private UserContext clerk(String enterpriseCode, String prefix) {
        return Fixtures.signedInClerk(users, prefix + enterpriseCode.substring(4), enterpriseCode);
    }

    @Test
    public void theClerkReadsANoticePerReceiptOfTheDeclaredDocument() throws Exception {
        UserContext clerk = clerk(enterprise, "msg");
        Document d = documents.create(SYSTEM, "qyzz", header());
        d = documents.saveItem(SYSTEM, d.id(), d.version(), "mtpck", null, item("N-1", "10"));
        long id = declare(d).id();
        Document approved = await(id, x -> x.state() == DocumentState.APPROVED, "海关终审通过");
        waitFor("a notice per receipt", () -> noticesOf(clerk, id).size() == 2, 30_000);
        List<Notice> told = noticesOf(clerk, id);
        assertEquals("newest first", "企业资质申请 " + approved.etpsPreentNo() + "：海关终审通过",
                told.get(0).title(Locale.SIMPLIFIED_CHINESE));
        assertEquals("企业资质申请 " + approved.etpsPreentNo() + "：入库成功", told.get(1).title(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Enterprise qualification application " + approved.etpsPreentNo() + ": Approved by customs",
                told.get(0).title(Locale.ENGLISH));
        assertTrue(told.get(0).text(Locale.SIMPLIFIED_CHINESE),
                told.get(0).text(Locale.SIMPLIFIED_CHINESE).contains("预录入统一编号：" + approved.seqNo()));
        assertTrue(told.stream().allMatch(n -> n.unread() && n.enterpriseCode().equals(enterprise)));
        assertTrue(notices.unread(clerk).get(Notice.Kind.NOTICE) >= 2);

        // read and starred by the clerk, found by 仅显示星标
        Notice approval = told.get(0);
        notices.markRead(clerk, approval.id());
        notices.star(clerk, approval.id(), true);
        assertFalse(notices.get(clerk, approval.id()).unread());
        assertEquals(List.of(approval.id()), notices.list(clerk, NoticeQuery.of(Notice.Kind.NOTICE, true, 100))
                .stream().map(Notice::id).toList());
        assertEquals("the clerk's enterprise has no other notices", 1L,
                (long) notices.unread(clerk).get(Notice.Kind.NOTICE));

        // a clerk of another enterprise reads none of them, and is refused each one
        String other = uniqueCustomsCode();
        registry.save(SYSTEM, enterprise(other, creditCodeFor(other), "他企业"));
        UserContext stranger = clerk(other, "oth");
        assertTrue(noticesOf(stranger, id).isEmpty());
        assertEquals(0L, (long) notices.unread(stranger).get(Notice.Kind.NOTICE));
        for (Runnable attempt : List.<Runnable>of(() -> notices.get(stranger, approval.id()),
                () -> notices.markRead(stranger, told.get(1).id()), () -> notices.star(stranger, approval.id(), false),
                () -> notices.list(stranger, enterprise, null, false, 10))) {
            try {
                attempt.run();
                fail("a clerk of another enterprise");
            } catch (AccessDeniedException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains(enterprise));
            }
        }
        assertTrue("untouched by the refused", notices.get(clerk, told.get(1).id()).unread());
        assertTrue(notices.get(clerk, approval.id()).starred());
    }

    @Test
    public void aReturnCarriesCustomsCheckText() throws Exception {
        UserContext clerk = clerk(enterprise, "ret");
        Document d = documents.create(SYSTEM, "qyzz", header()); // no table body: 退单 [3349]
        long id = declare(d).id();
        await(id, x -> x.state() == DocumentState.RETURNED, "海关退单");
        waitFor("the 退单 told", () -> noticesOf(clerk, id).stream()
                .anyMatch(n -> n.title(Locale.SIMPLIFIED_CHINESE).endsWith("：海关退单")), 30_000);
        Notice returned = noticesOf(clerk, id).get(0);
        String text = returned.text(Locale.SIMPLIFIED_CHINESE);
        assertTrue(text, text.contains("检查信息：\n[3349] ") && text.contains("企业必须申报表体"));
        assertTrue(returned.text(Locale.ENGLISH), returned.text(Locale.ENGLISH).contains("[3349] "));
    }
}
