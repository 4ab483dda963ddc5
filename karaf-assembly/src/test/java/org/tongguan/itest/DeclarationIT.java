package org.tongguan.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.tongguan.itest.Fixtures.creditCodeFor;
import static org.tongguan.itest.Fixtures.enterprise;
import static org.tongguan.itest.Fixtures.uniqueCustomsCode;
import static org.tongguan.itest.Fixtures.waitFor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.tongguan.core.AccessDeniedException;
import org.tongguan.core.ConcurrentEditException;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.ValidationException;
import org.tongguan.core.customs.CustomsTransport;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.ImportResult;
import org.tongguan.core.declaration.Receipt;
import org.tongguan.core.io.Xlsx;
import org.tongguan.core.print.PrintLayout;
import org.tongguan.core.print.Printer;
import org.tongguan.core.security.Role;
import org.tongguan.core.security.UserAccount;
import org.tongguan.core.security.UserContext;
import org.tongguan.core.security.UserService;

/**
 * A 企业资质申请 through the whole chain inside the assembled distribution: the document service stores and checks it,
 * the SM2 signer seals it with a card, the filebox hands it to the customs simulator, whose receipts move it through
 * the lifecycle (manual 000 §四(一)).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DeclarationIT extends DocumentSuite {

    @Inject
    @Filter(timeout = 60_000)
    private CustomsTransport transport;
    @Inject
    @Filter(timeout = 60_000)
    private UserService users;
    @Inject
    @Filter(timeout = 60_000)
    private Printer printer;
    @Inject
    private org.apache.karaf.shell.api.console.SessionFactory sessions;
    @Inject
    private org.tongguan.core.notice.NoticeService notices;
    @Inject
    @Filter(timeout = 60_000)
    private org.tongguan.delegation.DelegationService delegation;

    /** Receipts are overdue after 2 s here, so 申请回执补发 can be tried within a test. */
    @Override
    @org.ops4j.pax.exam.Configuration
    public org.ops4j.pax.exam.Option[] config() throws Exception {
        return org.ops4j.pax.exam.OptionUtils.combine(super.config(),
                org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut(
                        "etc/org.tongguan.core.receipts.cfg", "overdueSeconds", "2"));
    }

    private Document awaitState(long id, DocumentState state) throws InterruptedException {
        waitFor("document " + id + " in state " + state, () -> documents.get(SYSTEM, id).state() == state, 60_000);
        return documents.get(SYSTEM, id);
    }

    /**
     * 委托授权 (manual 004) through the platform's one access policy: the manufacturer's 法人卡 grants a customs broker
     * 加工贸易账册 (an 操作员卡 may not), the broker's 法人卡 names its operator's card; the broker's clerk then lists the
     * manufacturer's 企业资质申请 and declares it with the broker's operator card (customs approves it), is refused the
     * manufacturer's 物流账册, and is refused the 企业资质申请 too once the grant is deleted.
     */
    @Test
    public void aBrokersOperatorDeclaresForTheManufacturerOnlyUnderItsGrant() throws Exception {
        String broker = uniqueCustomsCode();
        registry.save(SYSTEM, enterprise(broker, creditCodeFor(broker), "上海报关行有限公司"));
        String ownLegal = "LP" + enterprise;
        String brokerLegal = "LP" + broker;
        String brokerOperator = "OP" + broker;
        cards.issue(SYSTEM, ownLegal, org.tongguan.core.customs.CardType.LEGAL_PERSON, enterprise, "王法人",
                PIN.toCharArray());
        cards.issue(SYSTEM, brokerLegal, org.tongguan.core.customs.CardType.LEGAL_PERSON, broker, "李法人",
                PIN.toCharArray());
        cards.issue(SYSTEM, brokerOperator, org.tongguan.core.customs.CardType.OPERATOR, broker, "赵关务",
                PIN.toCharArray());
        UserContext manager = Fixtures.signedInClerk(users, "mgr" + enterprise, enterprise, ownLegal);
        UserContext operator = Fixtures.signedInClerk(users, "opr" + enterprise, enterprise, cardNo);
        UserContext brokerManager = Fixtures.signedInClerk(users, "mgr" + broker, broker, brokerLegal);
        UserContext brokerClerk = Fixtures.signedInClerk(users, "opr" + broker, broker, brokerOperator);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        org.tongguan.delegation.Grant nems = org.tongguan.delegation.Grant.input(null, 0, broker,
                org.tongguan.delegation.Subsystem.NEMS, null, today, today.plusDays(30));

        RuleViolation notLegal = org.junit.Assert.assertThrows(RuleViolation.class,
                () -> delegation.save(operator, cardNo, nems));
        assertEquals("非法人卡，不允许操作!", notLegal.getMessage(Locale.SIMPLIFIED_CHINESE));
        org.tongguan.delegation.Grant grant = delegation.save(manager, ownLegal, nems);
        assertEquals("上海报关行有限公司", grant.agentName());
        delegation.addOperators(brokerManager, brokerLegal, grant.id(), List.of(
                org.tongguan.delegation.OperatorGrant.input(grant.id(), false, brokerOperator)));

        Document d = documents.create(SYSTEM, "qyzz", header());
        d = documents.saveItem(SYSTEM, d.id(), d.version(), "mtpck", null, item("D-001", "5"));
        org.tongguan.core.declaration.DocumentQuery ownQualifications = new org.tongguan.core.declaration
                .DocumentQuery("qyzz", enterprise, null, null, null, null, 0, 100);
        long docId = d.id();
        assertTrue("the manufacturer's 企业资质申请 listed for the broker's clerk", documents.query(brokerClerk,
                ownQualifications).stream().anyMatch(s -> s.id() == docId));
        d = documents.declare(brokerClerk, d.id(), d.version(), brokerOperator, PIN.toCharArray(), true);
        assertEquals(DocumentState.DECLARED, d.state());
        awaitState(d.id(), DocumentState.APPROVED);

        AccessDeniedException otherSubsystem = org.junit.Assert.assertThrows(AccessDeniedException.class,
                () -> documents.query(brokerClerk, new org.tongguan.core.declaration.DocumentQuery("bws", enterprise,
                        null, null, null, null, 0, 100)));
        assertEquals(enterprise, otherSubsystem.enterpriseCode());

        delegation.delete(manager, ownLegal, grant.id(), grant.version());
        org.junit.Assert.assertThrows("the grant deleted", AccessDeniedException.class,
                () -> documents.query(brokerClerk, ownQualifications));
        org.junit.Assert.assertThrows(AccessDeniedException.class,
                () -> documents.create(brokerClerk, "qyzz", header()));
        assertTrue("its operators' grants went with it", delegation.rights(brokerManager, brokerLegal, null)
                .isEmpty());
    }

    @Test
    public void aDeclaredApplicationIsApprovedAndCanThenBeChanged() throws Exception {
        Document d = documents.create(SYSTEM, "qyzz", header());
        assertEquals("filled from the registry", creditCodeFor(enterprise), d.value("bizopEtpsSccd"));
        assertEquals("西安高新加工贸易有限公司", d.value("rcvgdEtpsNm"));
        assertEquals("1", d.value("dclTypecd"));
        assertEquals(DocumentState.DRAFT, d.state());
        d = documents.saveItem(SYSTEM, d.id(), d.version(), "mtpck", null, item("M-001", "10"));
        d = documents.saveItem(SYSTEM, d.id(), d.version(), "mtpck", null, item("M-002", "3"));
        d = documents.saveItem(SYSTEM, d.id(), d.version(), "endprd", null, item("P-001", "2"));
        assertEquals("申报总价 = 单价 × 数量", "45.00", d.items("mtpck").get(0).value("dclTotalAmt"));
        assertEquals("序号 assigned", "2", d.items("mtpck").get(1).value("gdsSeqno"));

        d = documents.declare(SYSTEM, d.id(), d.version(), cardNo, PIN.toCharArray(), true);
        assertEquals(DocumentState.DECLARED, d.state());
        Document approved = awaitState(d.id(), DocumentState.APPROVED);
        assertNotNull("预录入统一编号 from the import receipt", approved.seqNo());
        assertTrue(approved.seqNo(), approved.seqNo().startsWith("9000"));
        assertFalse("档案库编号 assigned", approved.value("netwkEtpsArcrpNo").isEmpty());
        assertFalse("备案批准日期", approved.value("putrecApprTime").isEmpty());
        List<Receipt> receipts = documents.receipts(SYSTEM, d.id());
        assertEquals(2, receipts.size());
        assertEquals(Receipt.Kind.BUSINESS, receipts.get(0).kind());
        String check = receipts.get(0).checks().get(0).text();
        assertTrue("customs' CheckInfo/note as the simulator writes it: " + check, check.startsWith("[3402] "));

        try {
            documents.saveHeader(SYSTEM, approved.id(), approved.version(), approved.header());
            fail("an approved application cannot be edited, only changed");
        } catch (RuleViolation expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("海关终审通过"));
        }
        Document changed = documents.change(SYSTEM, approved.id(), approved.version());
        assertEquals(DocumentState.DRAFT, changed.state());
        assertEquals("1", changed.value("chgTmsCnt"));
        assertEquals("变更申请", "2", changed.value("dclTypecd"));
        changed = documents.declare(SYSTEM, changed.id(), changed.version(), cardNo, PIN.toCharArray(), true);
        Document again = awaitState(changed.id(), DocumentState.APPROVED);
        assertFalse("变更批准日期", again.value("chgApprTime").isEmpty());
        assertEquals(approved.value("netwkEtpsArcrpNo"), again.value("netwkEtpsArcrpNo"));
    }

    /**
     * The whole of a bundle that listens to documents: made into a bundle of its own and installed while the
     * distribution runs (a 消息中心 or 催核 area would be one). It tells what it heard through a {@link Supplier}.
     */
    public static final class Hearing implements org.osgi.framework.BundleActivator,
            org.tongguan.core.declaration.DocumentListener, java.util.function.Supplier<List<String>> {
        private final List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void start(org.osgi.framework.BundleContext c) {
            c.registerService(new String[] {org.tongguan.core.declaration.DocumentListener.class.getName(),
                    java.util.function.Supplier.class.getName()}, this,
                    new java.util.Hashtable<>(Map.of("hearing", "itest")));
        }

        @Override
        public void stop(org.osgi.framework.BundleContext c) {
        }

        @Override
        public void changed(org.tongguan.core.declaration.DocumentChange change) {
            heard.add(change.etpsPreentNo() + " " + change.event() + " " + change.to());
        }

        @Override
        public List<String> get() {
            return List.copyOf(heard);
        }
    }

    /** {@link Hearing} as a bundle jar of its own. */
    private static byte[] hearingBundle() throws Exception {
        java.util.jar.Manifest m = new java.util.jar.Manifest();
        java.util.jar.Attributes a = m.getMainAttributes();
        a.putValue("Manifest-Version", "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "org.tongguan.itest.hearing");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Bundle-Activator", Hearing.class.getName());
        a.putValue("Import-Package", "org.osgi.framework,org.tongguan.core.declaration");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.jar.JarOutputStream jar = new java.util.jar.JarOutputStream(out, m);
                java.io.InputStream c = DeclarationIT.class.getResourceAsStream("DeclarationIT$Hearing.class")) {
            jar.putNextEntry(new java.util.jar.JarEntry(Hearing.class.getName().replace('.', '/') + ".class"));
            c.transferTo(jar);
        }
        return out.toByteArray();
    }

    @Test
    public void aBundleInstalledAtRunTimeHearsEveryCommittedEventAndGoesWithoutHarm() throws Exception {
        Map<String, Integer> states = new java.util.TreeMap<>();
        for (Bundle b : context.getBundles()) {
            states.put(b.getSymbolicName(), b.getState());
        }
        Bundle hearing = context.installBundle("itest:hearing", new ByteArrayInputStream(hearingBundle()));
        hearing.start();
        @SuppressWarnings("unchecked")
        java.util.function.Supplier<List<String>> heard = context.getService(context.getServiceReferences(
                java.util.function.Supplier.class, "(hearing=itest)").iterator().next());

        Document d = documents.create(SYSTEM, "qyzz", header());
        d = documents.saveItem(SYSTEM, d.id(), d.version(), "mtpck", null, item("M-001", "10"));
        d = documents.declare(SYSTEM, d.id(), d.version(), cardNo, PIN.toCharArray(), true);
        Document approved = awaitState(d.id(), DocumentState.APPROVED);
        String no = approved.etpsPreentNo();
        waitFor("the approval heard", () -> heard.get().contains(no + " APPROVE APPROVED"), 30_000);
        // in order, once each (入库成功 may be overtaken by the approval on the e-port side: then it moves nothing)
        List<String> events = new ArrayList<>(heard.get());
        events.remove(no + " IMPORT_ACCEPTED ACCEPTED");
        assertEquals(List.of(no + " EDIT DRAFT", no + " DECLARE DECLARED", no + " APPROVE APPROVED"), events);
        int count = heard.get().size();
        try {
            documents.saveHeader(SYSTEM, approved.id(), approved.version(), approved.header());
            fail("an approved application cannot be edited");
        } catch (RuleViolation expected) {
            // refused, rolled back: not heard
        }
        assertEquals(count, heard.get().size());

        hearing.uninstall();
        Document other = documents.create(SYSTEM, "qyzz", header());
        documents.saveItem(SYSTEM, other.id(), other.version(), "mtpck", null, item("M-002", "1"));
        for (Bundle b : context.getBundles()) {
            if (states.containsKey(b.getSymbolicName())) {
                assertEquals(b.getSymbolicName() + " untouched", states.get(b.getSymbolicName()),
                        Integer.valueOf(b.getState()));
            }
        }
    }

    @Test
    public void theConsoleDeclaresABatchNamesWhatFailsAndWaitsForTheApprovals() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Document d = documents.create(SYSTEM, "qyzz", header());
            ids.add(documents.saveItem(SYSTEM, d.id(), d.version(), "mtpck", null, item("B-" + i, "1")).id());
        }
        // a draft of another enterprise: this card does not sign for it
        String other = uniqueCustomsCode();
        registry.save(SYSTEM, enterprise(other, creditCodeFor(other), "别家企业有限公司"));
        Map<String, String> otherHeader = header();
        for (String unit : new String[] {"bizop", "rcvgd", "dcl"}) {
            otherHeader.put(unit + "Etpsno", other);
        }
        Document foreign = documents.create(SYSTEM, "qyzz", otherHeader);
        foreign = documents.saveItem(SYSTEM, foreign.id(), foreign.version(), "mtpck", null, item("X-1", "1"));

        String out = Fixtures.console(sessions, "tongguan:doc-declare --card " + cardNo + " --pin " + PIN + " "
                + ids.get(0) + " " + foreign.id() + " " + ids.get(1) + " " + ids.get(2));
        assertTrue(out, out.contains("declared 3 documents"));
        assertTrue(out, out.contains("1 份未能申报") && out.contains(foreign.id() + ": ") && out.contains(other));
        assertEquals(DocumentState.DRAFT, documents.get(SYSTEM, foreign.id()).state());

        String approved = Fixtures.console(sessions, "tongguan:doc-list --state APPROVED --count --until 3"
                + " --timeout 60 qyzz " + enterprise);
        assertEquals("3", approved.strip());
        for (long id : ids) {
            assertEquals(DocumentState.APPROVED, documents.get(SYSTEM, id).state());
        }
        String waited = Fixtures.console(sessions, "tongguan:doc-list --state APPROVED --count --until 4"
                + " --timeout 1 qyzz " + enterprise);
        assertTrue(waited, waited.contains("only 3 of 4"));
    }

    /**
     * Signing mode eport (issue 14): the product writes the skeleton the e-port client signs and asks no PIN; the
     * simulator takes it as the client would, for a card it knows, and customs approves it as a signed one.
     */
    @Test
    public void whereTheClientSignsAnApplicationGoesWithoutAPinAndIsApproved() throws Exception {
        org.osgi.service.cm.ConfigurationAdmin admin = context.getService(
                context.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class));
        org.osgi.service.cm.Configuration filebox = admin.getConfiguration("org.tongguan.transport.filebox", "?");
        java.util.Dictionary<String, Object> before = filebox.getProperties();
        java.util.Hashtable<String, Object> eport = new java.util.Hashtable<>();
        if (before != null) {
            for (String k : java.util.Collections.list(before.keys())) {
                eport.put(k, before.get(k));
            }
        }
        eport.put("signing", "eport");
        assertFalse("the embedded install: the product signs", documents.clientSigns());
        filebox.update(eport);
        try {
            waitFor("the client signs", documents::clientSigns, 30_000);
            Document d = documents.create(SYSTEM, "qyzz", header());
            d = documents.saveItem(SYSTEM, d.id(), d.version(), "mtpck", null, item("M-E1", "4"));
            d = documents.declare(SYSTEM, d.id(), d.version(), cardNo, null, true);
            assertEquals(DocumentState.DECLARED, d.state());
            Document approved = awaitState(d.id(), DocumentState.APPROVED);
            assertNotNull("预录入统一编号 from the client's answer", approved.seqNo());
        } finally {
            if (before == null) {
                filebox.delete();
            } else {
                filebox.update(before);
            }
            waitFor("the product signs again", () -> !documents.clientSigns(), 30_000);
        }
    }

    @Test
    public void anApplicationWithoutTableBodyIsReturnedWithTheCheckText() throws Exception {
        Document d = documents.create(SYSTEM, "qyzz", header());
        documents.declare(SYSTEM, d.id(), d.version(), cardNo, PIN.toCharArray(), true);
        Document returned = awaitState(d.id(), DocumentState.RETURNED);
        Receipt latest = documents.receipts(SYSTEM, returned.id()).get(0);
        assertEquals(DocumentState.RETURNED, latest.state());
        assertTrue(latest.checks().get(0).text(), latest.checks().get(0).text().startsWith("[3349] "));
        assertTrue(latest.checks().get(0).text(), latest.checks().get(0).text().contains("企业必须申报表体"));
        // 海关退单 may be corrected and declared again
        Document fixed = documents.saveItem(SYSTEM, returned.id(), returned.version(), "mtpck", null, item("M-9", "1"));
        assertEquals(DocumentState.DRAFT, fixed.state());
    }

    @Test
    public void aPendingSendCompletesWhenTheExchangeComesBack() throws Exception {
        Bundle simulator = bundle("org.tongguan.customs.simulator");
        simulator.stop();
        try {
            Document d = documents.create(SYSTEM, "qyzz", header());
            d = documents.saveItem(SYSTEM, d.id(), d.version(), "mtpck", null, item("M-1", "1"));
            d = documents.declare(SYSTEM, d.id(), d.version(), cardNo, PIN.toCharArray(), true);
            String etpsPreentNo = d.etpsPreentNo();
            assertTrue(transport.pending("EMS").toString(),
                    transport.pending("EMS").stream().anyMatch(f -> f.contains(etpsPreentNo)));
            assertEquals(DocumentState.DECLARED, documents.get(SYSTEM, d.id()).state());
            simulator.start();
            awaitState(d.id(), DocumentState.APPROVED);
        } finally {
            if (simulator.getState() != Bundle.ACTIVE) {
                simulator.start();
            }
        }
    }

    @Test
    public void rulesAreEnforcedOnTheServer() throws Exception {
        Map<String, String> missing = header();
        missing.remove("masterCuscd");
        missing.put("prdtCapaAmt", "-1");
        try {
            documents.create(SYSTEM, "qyzz", missing);
            fail("required and format rules");
        } catch (ValidationException expected) {
            Set<String> fields = Set.copyOf(expected.errors().stream().map(e -> e.field()).toList());
            assertTrue(fields.toString(), fields.containsAll(Set.of("masterCuscd", "prdtCapaAmt")));
            assertTrue(expected.getMessage(), expected.getMessage().contains("主管海关为必填项"));
        }
        Document d = documents.create(SYSTEM, "qyzz", header());
        Map<String, String> badItem = new HashMap<>(item("M-1", "1"));
        badItem.put("gdecd", "12345");
        try {
            documents.saveItem(SYSTEM, d.id(), d.version(), "mtpck", null, badItem);
            fail("HS code format");
        } catch (ValidationException expected) {
            assertEquals("mtpck.gdecd", expected.errors().get(0).field());
            assertTrue(expected.getMessage(), expected.getMessage().contains("商品编码须为10位数字"));
        }
        Document one = documents.saveItem(SYSTEM, d.id(), d.version(), "mtpck", null, item("M-1", "1"));
        try {
            documents.saveItem(SYSTEM, one.id(), one.version(), "mtpck", null, item("M-1", "2"));
            fail("料号 unique");
        } catch (ValidationException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("料号“M-1”在料件中已存在"));
        }
        try {
            documents.saveItem(SYSTEM, d.id(), d.version(), "mtpck", null, item("M-2", "1"));
            fail("a stale version is a concurrent edit");
        } catch (ConcurrentEditException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("已被他人修改"));
        }
        Document declared = documents.declare(SYSTEM, one.id(), one.version(), cardNo, PIN.toCharArray(), true);
        try {
            documents.delete(SYSTEM, declared.id(), declared.version());
            fail("删除 only in 暂存, 申报失败, 海关退单");
        } catch (RuleViolation expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("不允许“删除”"));
        }
        Document other = documents.create(SYSTEM, "qyzz", header());
        try {
            documents.declare(SYSTEM, other.id(), other.version(), cardNo, "000000".toCharArray(), true);
            fail("a wrong PIN does not open the card");
        } catch (RuleViolation expected) {
            assertEquals(DocumentState.DRAFT, documents.get(SYSTEM, other.id()).state());
            assertTrue("nothing was sent", transport.pending("EMS").stream().noneMatch(f -> f.contains(other.etpsPreentNo())));
        }
    }

    @Test
    public void aClerkSeesAndDeclaresOnlyTheirOwnEnterprise() throws Exception {
        String other = uniqueCustomsCode();
        registry.save(SYSTEM, enterprise(other, creditCodeFor(other), "他企业"));
        UserContext who = Fixtures.signedInClerk(users, "qyzz" + enterprise.substring(4), other);
        Document mine = documents.create(SYSTEM, "qyzz", header());
        try {
            documents.get(who, mine.id());
            fail("a clerk not bound to the enterprise");
        } catch (AccessDeniedException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains(enterprise));
        }
        try {
            documents.create(who, "qyzz", header());
            fail("a clerk may not file for another enterprise");
        } catch (AccessDeniedException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains(enterprise));
        }
        try {
            documents.declare(SYSTEM, mine.id(), mine.version(), "NOSUCHCARD01", PIN.toCharArray(), true);
            fail("unknown card");
        } catch (RuleViolation expected) {
            assertEquals(DocumentState.DRAFT, documents.get(SYSTEM, mine.id()).state());
        }
    }

    @Test
    public void anImportWritesAllRowsOrNone() throws Exception {
        Document d = documents.create(SYSTEM, "qyzz", header());
        List<String> heading = new ArrayList<>();
        Xlsx.read(new ByteArrayInputStream(documents.template("qyzz", "mtpck", Locale.SIMPLIFIED_CHINESE)),
                (row, cells) -> heading.addAll(cells) && false);
        assertEquals("序号", heading.get(0));
        assertEquals("申报总价 is computed, not imported", -1, heading.indexOf("申报总价"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            rows.add(List.of("", "IMP-" + i, "4421100090", "衣架" + i, "", "007", "007", "", "2", "142", "" + i, "142"));
        }
        List<List<String>> bad = new ArrayList<>(rows);
        bad.set(41, List.of("", "IMP-42", "99", "衣架", "", "007", "007", "", "2", "142", "1", "142"));
        bad.set(76, List.of("", "IMP-1", "4421100090", "衣架", "", "007", "007", "", "x", "142", "1", "142"));
        ImportResult[] result = new ImportResult[1];
        String logged = KarafLog.during(() -> result[0] = documents.importItems(SYSTEM, d.id(), d.version(), "mtpck",
                xlsx(heading, bad), Locale.SIMPLIFIED_CHINESE));
        ImportResult refused = result[0];
        assertFalse(refused.ok());
        // a refused import is an expected outcome: no stack trace, no XAException from rolling its transaction back
        assertFalse(logged, logged.contains("XAException") || logged.contains("Exception occured")
                || logged.contains("rollback logic due to exception") || logged.contains("\tat "));
        assertEquals(List.of(43, 78, 78), refused.errors().stream().map(ImportResult.RowError::row).toList());
        assertEquals("商品编码", refused.errors().get(0).column());
        assertTrue(documents.get(SYSTEM, d.id()).items("mtpck").isEmpty());

        ImportResult ok = documents.importItems(SYSTEM, d.id(), d.version(), "mtpck", xlsx(heading, rows),
                Locale.SIMPLIFIED_CHINESE);
        assertTrue(ok.errors().toString(), ok.ok());
        assertEquals(100, ok.document().items("mtpck").size());
        assertEquals("100", ok.document().items("mtpck").get(99).value("gdsSeqno"));
        assertEquals("200.00", ok.document().items("mtpck").get(99).value("dclTotalAmt"));
    }

    /**
     * 企业内部编号 are counted per type and enterprise in the database, one after the other (nothing reserved in memory
     * that a restart would skip), on Derby and on PostgreSQL.
     */
    @Test
    public void internalNumbersAreCountedPerEnterprise() throws Exception {
        String other = uniqueCustomsCode();
        registry.save(SYSTEM, enterprise(other, creditCodeFor(other), "另一加工贸易有限公司"));
        Map<String, String> otherHeader = header();
        for (String unit : new String[] {"bizop", "rcvgd", "dcl"}) {
            otherHeader.put(unit + "Etpsno", other);
        }

        assertEquals("QYZZ" + enterprise + "000001", documents.create(SYSTEM, "qyzz", header()).etpsPreentNo());
        assertEquals("QYZZ" + other + "000001", documents.create(SYSTEM, "qyzz", otherHeader).etpsPreentNo());
        assertEquals("QYZZ" + enterprise + "000002", documents.create(SYSTEM, "qyzz", header()).etpsPreentNo());
    }

    @Test
    public void aMessageTheEportClientCouldNotSendMakesTheDocumentDeclareFailed() throws Exception {
        Bundle simulator = bundle("org.tongguan.customs.simulator");
        simulator.stop();
        try {
            Document draft = documents.create(SYSTEM, "qyzz", header());
            Document d = documents.declare(SYSTEM, draft.id(), draft.version(), cardNo, PIN.toCharArray(), true);
            java.nio.file.Path box = java.nio.file.Path.of(System.getProperty("karaf.data"), "tongguan", "filebox",
                    "EMS");
            String name = transport.pending("EMS").stream().filter(f -> f.contains(
                    documents.get(SYSTEM, d.id()).etpsPreentNo())).findFirst().orElseThrow();
            // what the e-port client does with a message it cannot deliver
            java.nio.file.Files.createDirectories(box.resolve("FailBox"));
            java.nio.file.Files.move(box.resolve("OutBox").resolve(name), box.resolve("FailBox").resolve(name));
            Document failed = awaitState(d.id(), DocumentState.DECLARE_FAILED);
            // 申报失败 can be corrected and declared again
            Document fixed = documents.saveItem(SYSTEM, failed.id(), failed.version(), "mtpck", null,
                    item("F-1", "1"));
            assertEquals(DocumentState.DRAFT, fixed.state());
        } finally {
            simulator.start();
        }
    }

    @Test
    public void aMessageTheEportClientCouldNotSendIsSentAgainAsItWasSigned() throws Exception {
        Bundle simulator = bundle("org.tongguan.customs.simulator");
        simulator.stop();
        Document d;
        String name;
        try {
            Document draft = documents.create(SYSTEM, "qyzz", header());
            draft = documents.saveItem(SYSTEM, draft.id(), draft.version(), "mtpck", null, item("S-1", "1"));
            d = documents.declare(SYSTEM, draft.id(), draft.version(), cardNo, PIN.toCharArray(), true);
            String etpsPreentNo = d.etpsPreentNo();
            java.nio.file.Path box = java.nio.file.Path.of(System.getProperty("karaf.data"), "tongguan", "filebox",
                    "EMS");
            name = transport.pending("EMS").stream().filter(f -> f.contains(etpsPreentNo)).findFirst().orElseThrow();
            byte[] signed = java.nio.file.Files.readAllBytes(box.resolve("OutBox").resolve(name));
            java.nio.file.Files.createDirectories(box.resolve("FailBox"));
            java.nio.file.Files.move(box.resolve("OutBox").resolve(name), box.resolve("FailBox").resolve(name));
            Document failed = awaitState(d.id(), DocumentState.DECLARE_FAILED);
            assertEquals(Set.of(org.tongguan.core.declaration.DocumentEvent.RESEND),
                    documents.followUps(SYSTEM, failed.id()));

            Document resent = documents.resend(SYSTEM, failed.id(), failed.version());

            assertEquals(DocumentState.DECLARED, resent.state());
            assertTrue(transport.pending("EMS").contains(name));
            assertTrue("as it was signed, no card asked", java.util.Arrays.equals(signed,
                    java.nio.file.Files.readAllBytes(box.resolve("OutBox").resolve(name))));
        } finally {
            simulator.start();
        }
        awaitState(d.id(), DocumentState.APPROVED);
        assertEquals(2, documents.receipts(SYSTEM, d.id()).size());
    }

    @Test
    public void aReceiptLostOnTheWayComesAgainWhenTheClerkAsksForItAndTheOtherIsTakenOnce() throws Exception {
        Bundle filebox = bundle("org.tongguan.transport.filebox");
        Document draft = documents.create(SYSTEM, "qyzz", header());
        draft = documents.saveItem(SYSTEM, draft.id(), draft.version(), "mtpck", null, item("L-1", "1"));
        Document d = documents.declare(SYSTEM, draft.id(), draft.version(), cardNo, PIN.toCharArray(), true);
        java.nio.file.Path box = java.nio.file.Path.of(System.getProperty("karaf.data"), "tongguan", "filebox", "EMS");
        String inner = "<etpsPreentNo>" + d.etpsPreentNo() + "</etpsPreentNo>";
        java.util.function.Supplier<java.util.Optional<java.nio.file.Path>> approval = () -> {
            // customs' receipt (named by its message id, not ours) holding our 企业内部编号 in its copy
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(box.resolve("InBox"))) {
                return files.filter(p -> p.getFileName().toString().startsWith("CUS0000")).filter(p -> {
                    try {
                        return java.nio.file.Files.readString(p).contains(inner);
                    } catch (java.io.IOException e) {
                        return false;
                    }
                }).findFirst();
            } catch (java.io.IOException e) {
                return java.util.Optional.empty();
            }
        };
        filebox.stop(); // the receipts wait in InBox
        try {
            waitFor("the business receipt in InBox", () -> approval.get().isPresent(), 60_000);
            java.nio.file.Files.delete(approval.get().orElseThrow()); // lost on the way
        } finally {
            filebox.start();
        }
        Document accepted = awaitState(d.id(), DocumentState.ACCEPTED);
        waitFor("receipts overdue", () -> documents.followUps(SYSTEM, accepted.id()).contains(
                org.tongguan.core.declaration.DocumentEvent.REQUEST_RECEIPTS), 60_000);
        waitFor("a 预警 to the enterprise", () -> notices.list(SYSTEM, enterprise,
                org.tongguan.core.notice.Notice.Kind.WARNING, false, 100).stream()
                .anyMatch(n -> n.source().equals("document:" + d.etpsPreentNo())), 60_000);
        Document asking = documents.get(SYSTEM, d.id());

        documents.requestReceipts(SYSTEM, asking.id(), asking.version());

        Document approved = awaitState(d.id(), DocumentState.APPROVED);
        assertFalse("档案库编号 from the receipt written again", approved.value("netwkEtpsArcrpNo").isEmpty());
        waitFor("the request answered", () -> java.nio.file.Files.exists(box.resolve("SentBox")
                .resolve("ReceiptRequest_" + d.etpsPreentNo() + "-1.xml")), 60_000);
        assertEquals("the import receipt written again was taken once", 2,
                documents.receipts(SYSTEM, d.id()).size());
    }

    @Test
    public void documentsCopyWithTheirRowsAndDeleteWithTheirAttachments() throws Exception {
        Document d = documents.create(SYSTEM, "qyzz", header());
        d = documents.saveItem(SYSTEM, d.id(), d.version(), "mtpck", null, item("C-1", "2"));
        byte[] pdf = "%PDF-1.4 营业执照".getBytes(StandardCharsets.UTF_8);
        d = documents.addAttachment(SYSTEM, d.id(), d.version(), "01", "YYZZ-1", "营业执照.pdf", pdf);
        assertEquals(Document.AttachmentStatus.PENDING, d.attachments().get(0).status());
        try {
            documents.addAttachment(SYSTEM, d.id(), d.version(), "01", "", "营业执照.exe", pdf);
            fail("file types are the type's");
        } catch (ValidationException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("pdf"));
        }
        d = documents.uploadAttachment(SYSTEM, d.id(), d.version(), d.attachments().get(0).id());
        assertEquals(Document.AttachmentStatus.UPLOADED, d.attachments().get(0).status());
        assertTrue(java.util.Arrays.equals(pdf, documents.attachmentContent(SYSTEM, d.id(),
                d.attachments().get(0).id())));
        assertTrue(new String(documents.message(SYSTEM, d.id()), StandardCharsets.UTF_8)
                .contains("<AcmpFormFileNm>营业执照.pdf</AcmpFormFileNm>"));

        Document copy = documents.copy(SYSTEM, d.id());
        assertFalse(copy.etpsPreentNo().equals(d.etpsPreentNo()));
        assertEquals(DocumentState.DRAFT, copy.state());
        assertEquals("C-1", copy.items("mtpck").get(0).value("gdsMtno"));
        assertTrue("attachments are not copied", copy.attachments().isEmpty());

        documents.delete(SYSTEM, d.id(), d.version());
        try {
            documents.get(SYSTEM, d.id());
            fail("deleted");
        } catch (RuleViolation expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("不存在"));
        }
        assertEquals(1, documents.get(SYSTEM, copy.id()).items("mtpck").size());
    }

    @Test
    public void anApprovedApplicationAndItsChangeCannotBeDeleted() throws Exception {
        Document d = documents.create(SYSTEM, "qyzz", header());
        d = documents.saveItem(SYSTEM, d.id(), d.version(), "mtpck", null, item("A-1", "1"));
        d = documents.declare(SYSTEM, d.id(), d.version(), cardNo, PIN.toCharArray(), true);
        Document approved = awaitState(d.id(), DocumentState.APPROVED);
        Document changing = documents.change(SYSTEM, approved.id(), approved.version());
        try {
            documents.delete(SYSTEM, changing.id(), changing.version());
            fail("the approved record would be lost");
        } catch (RuleViolation expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("不能删除"));
        }
    }

    @Test
    public void aUsersStampIsKeptForPrinting() {
        UserAccount u = new UserAccount();
        u.setUsername("stamp" + enterprise.substring(4));
        u.setDisplayName("报关员");
        u.setRoles(Set.of(Role.CLERK));
        u.setEnterprises(Set.of(enterprise));
        String otp = users.create(SYSTEM, u);
        UserContext who = users.signIn(u.getUsername(), otp.toCharArray()).user();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        users.setStamp(who, png);
        assertTrue(java.util.Arrays.equals(png, users.stamp(who).orElseThrow()));
        try {
            users.setStamp(who, "GIF89a".getBytes(StandardCharsets.US_ASCII));
            fail("PNG or JPEG only");
        } catch (RuleViolation expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("PNG"));
        }
        users.setStamp(who, null);
        assertFalse(users.stamp(who).isPresent());
    }

    @Test
    public void thePrinterServiceRendersChineseInsideKaraf() {
        byte[] pdf = printer.pdf(new PrintLayout("企业资质申请", List.of(new PrintLayout.Field("经营单位名称",
                "西安高新加工贸易有限公司")), List.of(), List.of("打印时间"), null));
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    private static ByteArrayInputStream xlsx(List<String> heading, List<List<String>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.write(out, "料件", heading, rows);
        return new ByteArrayInputStream(out.toByteArray());
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new IllegalStateException(symbolicName + " not installed");
    }
}
