package org.tongguan.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import static org.tongguan.itest.Fixtures.creditCodeFor;
import static org.tongguan.itest.Fixtures.enterprise;
import static org.tongguan.itest.Fixtures.uniqueCustomsCode;
import static org.tongguan.itest.Fixtures.waitFor;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.apache.aries.jpa.template.JpaTemplate;
import org.tongguan.core.AccessDeniedException;
import org.tongguan.core.ValidationException;
import org.tongguan.core.audit.AuditAction;
import org.tongguan.core.audit.AuditEntry;
import org.tongguan.core.audit.AuditLog;
import org.tongguan.core.audit.AuditQuery;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.code.CodeTableId;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.core.customs.CardType;
import org.tongguan.core.customs.CustomsTransport;
import org.tongguan.core.customs.EnvelopeInfo;
import org.tongguan.core.customs.Envelopes;
import org.tongguan.core.customs.IncomingMessage;
import org.tongguan.core.customs.OutgoingMessage;
import org.tongguan.core.customs.ReceiptListener;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.core.customs.Signer;
import org.tongguan.customs.simulator.CheckInfo;
import org.tongguan.customs.simulator.CustomsRule;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.customs.simulator.Verdict;
import org.tongguan.core.code.CodeTables;
import org.tongguan.core.enterprise.CreditCodes;
import org.tongguan.core.enterprise.Enterprise;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.Permissions;
import org.tongguan.core.security.Role;
import org.tongguan.core.security.SignIn;
import org.tongguan.core.security.UserAccount;
import org.tongguan.core.security.UserContext;
import org.tongguan.core.security.UserService;
import org.tongguan.shell.ViewContribution;

/**
 * Boots the assembled distribution once and checks the platform from inside: every feature resolved and started,
 * an area uninstalled and reinstalled while the rest keeps running, and the core services on the configured
 * database (Derby here; {@link PlatformPostgresIT} runs the same on PostgreSQL).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT {
    private static final UserContext SYSTEM = UserContext.system("itest");

    @Inject
    private BundleContext context;
    @Inject
    private FeaturesService features;
    @Inject
    @Filter(timeout = 180_000)
    private EnterpriseRegistry registry;
    @Inject
    @Filter(timeout = 60_000)
    private UserService users;
    @Inject
    private AccessPolicy policy;
    @Inject
    private CodeTables codes;
    @Inject
    private AuditLog audit;
    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] config() throws Exception {
        return KarafOptions.distribution(database());
    }

    /**
     * Start-up settles before the tests: pax-jdbc re-registers the DataSource once the transaction manager is there,
     * and Aries then rebuilds the persistence unit; a call in that moment meets a closed one. Settled = the core
     * unit's JpaTemplate service has stayed the same for three seconds.
     */
    @org.junit.Before
    public void platformHasSettled() throws Exception {
        if (!settled) {
            Fixtures.awaitSettled(context);
            settled = true;
        }
    }

    /** Once per container (the suite boots one Karaf). */
    private static volatile boolean settled;

    /** The database this suite runs on. */
    protected Database database() {
        return Database.derby();
    }

    @Test
    public void everyFeatureIsInstalledAndEveryBundleRuns() throws Exception {
        for (String f : List.of("tongguan-platform", "tongguan-enterprise", "tongguan-admin", "tongguan-shell",
                "tongguan-core", "tongguan-persistence", "tongguan-http", "tongguan-vaadin", "tongguan-signing",
                "tongguan-transport-filebox", "tongguan-customs-simulator", "tongguan-print", "tongguan-ledger",
                "tongguan-invt", "tongguan-logistics", "tongguan-passport", "tongguan-stock", "tongguan-opl",
                "tongguan-messages", "tongguan-delegation")) {
            assertTrue(f + " installed", features.isInstalled(features.getFeature(f)));
        }
        waitFor("all bundles active", () -> notRunning().isEmpty(), 60_000);
        assertEquals(Set.of("enterprises", "users", "roles", "audit", "cards", "ledger/qyzz", "ledger/qyzz-query",
                "ledger/ems", "ledger/ems-query", "ledger/dcr", "ledger/dcr-query", "ledger/balance", "ledger/invt-import",
                "ledger/invt-export", "ledger/invt-query", "logistics/invt-import", "logistics/invt-export",
                "logistics/invt-query", "logistics/bws", "logistics/bws-query", "logistics/balance", "logistics/passport",
                "logistics/passport-query", "logistics/sas-dcl", "logistics/sas-dcl-query", "logistics/stock",
                "logistics/stock-query", "opl/putrec", "opl/putrec-query", "messages", "delegation/given",
                "delegation/received", "delegation/rights"), routes());
    }

    /**
     * What a regional deployer and an administrator do while clerks work, with Karaf's defaults (auto-refresh): a leaf
     * area uninstalled, reinstalled and updated; the 消息中心 with its header item uninstalled and reinstalled; an area
     * others need uninstalled (held back, with the areas that need it named and the command to run), then removed with
     * them and brought back. Only the areas' own bundles stop and start; the shell answers a clerk's session
     * throughout.
     */
    @Test
    public void areasComeAndGoWithoutDisturbingTheRest() throws Exception {
        waitFor("areas up", () -> routes().containsAll(Set.of("enterprises", "ledger/ems", "ledger/invt-import")), 60_000);
        Set<String> areaBundles = Set.of("org.tongguan.enterprise", "org.tongguan.ledger", "org.tongguan.invt",
                "org.tongguan.logistics", "org.tongguan.passport", "org.tongguan.stock", "org.tongguan.messages",
                "org.tongguan.delegation");
        List<String> disturbed = new CopyOnWriteArrayList<>();
        SynchronousBundleListener listener = e -> {
            if (!areaBundles.contains(e.getBundle().getSymbolicName()) && e.getBundle().getBundleId() != 0
                    && (e.getType() == BundleEvent.STOPPING || e.getType() == BundleEvent.UNRESOLVED
                            || e.getType() == BundleEvent.STARTED)) {
                disturbed.add(e.getBundle().getSymbolicName() + " " + e.getType());
            }
        };
        context.addBundleListener(listener);
        try (ClerkSession clerk = ClerkSession.open(context)) {
            // a leaf: uninstalled, reinstalled, updated in place
            features.uninstallFeature("tongguan-enterprise");
            waitFor("enterprise route gone", () -> !routes().contains("enterprises"), 30_000);
            assertNull("area bundle uninstalled", bundle("org.tongguan.enterprise"));
            assertTrue("admin area untouched", routes().containsAll(Set.of("users", "roles", "audit", "cards")));
            features.installFeature("tongguan-enterprise");
            waitFor("enterprise route back", () -> routes().contains("enterprises"), 30_000);
            bundle("org.tongguan.enterprise").update();
            waitFor("enterprise route after update", () -> routes().contains("enterprises")
                    && bundle("org.tongguan.enterprise").getState() == Bundle.ACTIVE, 30_000);
            features.refreshFeatures(EnumSet.noneOf(FeaturesService.Option.class));

            // the 物流账册, a leaf too: its pages go and come; the lists under 保税物流管理 and the ledgers stay
            Set<String> logistics = Set.of("logistics/bws", "logistics/bws-query", "logistics/balance");
            features.uninstallFeature("tongguan-logistics");
            waitFor("物流账册 routes gone", () -> routes().stream().noneMatch(logistics::contains), 30_000);
            assertNull("area bundle uninstalled", bundle("org.tongguan.logistics"));
            assertTrue("the lists and the 加工贸易账册 untouched", routes().containsAll(Set.of("logistics/invt-import",
                    "logistics/invt-query", "ledger/ems", "ledger/balance")));
            features.installFeature("tongguan-logistics");
            waitFor("物流账册 routes back", () -> routes().containsAll(logistics), 30_000);

            // the 核放单, a leaf on the lists: its pages go and come; the lists it binds stay
            Set<String> passport = Set.of("logistics/passport", "logistics/passport-query");
            features.uninstallFeature("tongguan-passport");
            waitFor("核放单 routes gone", () -> routes().stream().noneMatch(passport::contains), 30_000);
            assertNull("area bundle uninstalled", bundle("org.tongguan.passport"));
            assertTrue("the lists untouched", routes().containsAll(Set.of("logistics/invt-import", "ledger/invt-query")));
            features.installFeature("tongguan-passport");
            waitFor("核放单 routes back", () -> routes().containsAll(passport), 30_000);

            // the 消息中心: its page, its menu node and the header's bell go and come back with it
            features.uninstallFeature("tongguan-messages");
            waitFor("message centre gone", () -> !routes().contains("messages") && headerItems() == 0, 30_000);
            assertNull(bundle("org.tongguan.messages"));
            features.installFeature("tongguan-messages");
            waitFor("message centre back", () -> routes().contains("messages") && headerItems() == 1, 30_000);

            // 委托授权: its pages go and come; while it is away its grants give nobody anything (the policy's extension
            // goes with it), and they are all there when it is back
            Set<String> delegation = Set.of("delegation/given", "delegation/received", "delegation/rights");
            features.uninstallFeature("tongguan-delegation");
            waitFor("委托授权 routes gone", () -> routes().stream().noneMatch(delegation::contains), 30_000);
            assertNull(bundle("org.tongguan.delegation"));
            features.installFeature("tongguan-delegation");
            waitFor("委托授权 routes back", () -> routes().containsAll(delegation), 30_000);

            // an area others need: Karaf keeps it; the deployer is told why and what to run
            features.uninstallFeature("tongguan-ledger");
            assertNotNull("ledger held by 核注清单", bundle("org.tongguan.ledger"));
            String areas = execute("tongguan:areas");
            assertTrue(areas, areas.contains("tongguan-ledger\t保留 held\t-\ttongguan-invt,tongguan-logistics,"
                    + "tongguan-passport,tongguan-stock\t"));
            assertTrue(areas, areas.contains("区域 tongguan-ledger 未卸载：tongguan-invt, tongguan-logistics, "
                    + "tongguan-passport, tongguan-stock 需要它；要卸载它，请运行 feature:uninstall tongguan-invt "
                    + "tongguan-logistics tongguan-passport tongguan-stock"));
            features.uninstallFeatures(Set.of("tongguan-invt", "tongguan-logistics", "tongguan-passport",
                    "tongguan-stock"),
                    EnumSet.noneOf(FeaturesService.Option.class));
            waitFor("ledger, list and 物流账册 routes gone", () -> routes().stream().noneMatch(r -> r.startsWith("ledger/")
                    || r.startsWith("logistics/")), 30_000);
            assertNull(bundle("org.tongguan.ledger"));
            assertNull(bundle("org.tongguan.invt"));
            assertNull(bundle("org.tongguan.logistics"));
            assertNull(bundle("org.tongguan.stock"));
            assertNull(bundle("org.tongguan.passport"));
            assertTrue(execute("tongguan:areas"), execute("tongguan:areas").contains("tongguan-ledger\t未安装 not installed"));
            features.installFeatures(Set.of("tongguan-ledger", "tongguan-invt", "tongguan-logistics",
                    "tongguan-passport", "tongguan-stock"), EnumSet.noneOf(FeaturesService.Option.class));
            waitFor("ledger, list, 物流账册, 核放单 and 出入库单 routes back", () -> routes().containsAll(Set.of(
                    "ledger/ems", "ledger/invt-import", "logistics/bws", "logistics/balance", "logistics/passport",
                    "logistics/sas-dcl", "logistics/stock")), 60_000);
            String after = execute("tongguan:areas");
            assertTrue(after, after.contains("tongguan-ledger\t运行中 running\t-\ttongguan-invt,tongguan-logistics,"
                    + "tongguan-passport,tongguan-stock\t"));
            assertEquals("the shell answered the clerk's session throughout", List.of(), clerk.failures());
            assertTrue("the clerk's session was asked many times", clerk.answers() > 10);
        } finally {
            context.removeBundleListener(listener);
        }
        assertEquals("only the areas' own bundles stopped or started", List.of(), disturbed);
        assertTrue(notRunning().isEmpty());
    }

    @Test
    public void enterprisesAreValidatedAndStored() {
        String customs = uniqueCustomsCode();
        Enterprise bad = enterprise(customs, "91350100M000100Y44", "坏信用代码企业");
        try {
            registry.save(SYSTEM, bad);
            fail("a wrong check character must be refused");
        } catch (ValidationException e) {
            assertEquals("creditCode", e.errors().get(0).field());
            assertTrue(e.getMessage(), e.getMessage().contains("社会信用代码"));
        }
        assertTrue(registry.lookup(customs).isEmpty());

        String credit = creditCodeFor(customs);
        Enterprise saved = registry.save(SYSTEM, enterprise(customs, credit, "西安通关测试有限公司"));
        assertNotNull(saved.getId());
        Enterprise found = registry.lookup(customs).orElseThrow();
        assertEquals(credit, found.getCreditCode());
        assertEquals("西安通关测试有限公司", found.getName());

        Enterprise stale = found.copy();
        found.setPhone("029-88886666");
        registry.save(SYSTEM, found);
        stale.setPhone("029-11112222");
        try {
            registry.save(SYSTEM, stale);
            fail("a concurrent edit must be detected");
        } catch (org.tongguan.core.ConcurrentEditException expected) {
            assertTrue(expected.getMessage().contains("已被他人修改"));
        }
        assertEquals("029-88886666", registry.lookup(customs).orElseThrow().getPhone());
    }

    @Test
    public void theAccessPolicyFollowsRolesAndBoundEnterprises() {
        String mine = uniqueCustomsCode();
        String other = uniqueCustomsCode();
        registry.save(SYSTEM, enterprise(mine, creditCodeFor(mine), "本企业"));
        registry.save(SYSTEM, enterprise(other, creditCodeFor(other), "他企业"));
        UserAccount clerk = new UserAccount();
        clerk.setUsername("clerk" + mine.substring(4));
        clerk.setDisplayName("关务员");
        clerk.setRoles(Set.of(Role.CLERK));
        clerk.setEnterprises(Set.of(mine));
        String otp = users.create(SYSTEM, clerk);
        SignIn in = users.signIn(clerk.getUsername(), otp.toCharArray());
        assertEquals(SignIn.Outcome.OK, in.outcome());
        assertTrue(in.mustChangePassword());
        UserContext who = in.user();

        assertTrue(policy.permits(who, Permissions.ENTERPRISE_EDIT, mine));
        assertFalse(policy.permits(who, Permissions.ENTERPRISE_EDIT, other));
        assertFalse(policy.permits(who, Permissions.ADMIN_USERS));
        assertEquals(List.of(mine), registry.list(who, "").stream().map(Enterprise::getCustomsCode).toList());
        try {
            String third = uniqueCustomsCode();
            registry.save(who, enterprise(third, creditCodeFor(third), "新登记企业"));
            fail("a clerk may not add to the registry");
        } catch (org.tongguan.core.AccessDeniedException expected) {
            assertTrue(expected.getMessage().contains(clerk.getUsername()));
        }
        try {
            users.list(who);
            fail("a clerk may not list users");
        } catch (org.tongguan.core.AccessDeniedException expected) {
            assertTrue(expected.getMessage().contains(clerk.getUsername()));
        }
    }

    @Test
    public void fiveWrongPasswordsLockTheAccount() {
        UserAccount u = new UserAccount();
        u.setUsername("lock" + System.nanoTime() % 1_000_000);
        u.setDisplayName("锁定测试");
        u.setRoles(Set.of(Role.BUSINESS));
        String otp = users.create(SYSTEM, u);
        for (int i = 1; i <= 4; i++) {
            assertEquals(SignIn.Outcome.BAD_CREDENTIALS, users.signIn(u.getUsername(), "wrong".toCharArray()).outcome());
        }
        assertEquals(SignIn.Outcome.LOCKED, users.signIn(u.getUsername(), "wrong".toCharArray()).outcome());
        assertEquals("right password refused while locked", SignIn.Outcome.LOCKED,
                users.signIn(u.getUsername(), otp.toCharArray()).outcome());
        users.unlock(SYSTEM, u.getUsername());
        assertEquals(SignIn.Outcome.OK, users.signIn(u.getUsername(), otp.toCharArray()).outcome());
    }

    @Test
    public void codeTablesAndHsCodesAreLoaded() {
        assertEquals("美元", codes.table(CodeTableId.CURRENCY).find("502").orElseThrow().nameZh());
        assertEquals("西安关区", codes.table(CodeTableId.CUSTOMS_DISTRICT).find("9000").orElseThrow().nameZh());
        assertEquals(11_988, codes.hsCount());
        assertEquals("2020", codes.hsEdition());
        assertEquals("其他用作处理器及控制器的集成电路", codes.findHs("8542319000").orElseThrow().nameZh());
        assertTrue(codes.searchHs("0101", 100).stream().allMatch(h -> h.code().startsWith("0101")));
        assertTrue(codes.searchHs("010", 100).isEmpty());
    }

    @Test
    public void theConsoleCommandsWork() throws Exception {
        String customs = uniqueCustomsCode();
        String out = execute("tongguan:enterprise-add " + customs + " " + creditCodeFor(customs) + " 控制台企业");
        assertTrue(out, out.contains("saved " + customs));
        String bad = execute("tongguan:enterprise-add " + uniqueCustomsCode() + " 123 坏企业");
        assertTrue(bad, bad.startsWith("failed: 错误 / error: ") && bad.contains("社会信用代码"));
        assertTrue(execute("tongguan:enterprise-list " + customs).contains("控制台企业"));
    }

    @Test
    public void aCardIssuedInTheConsoleSealsEnvelopesThatOpenAgain() throws Exception {
        String cardNo = "IT" + System.nanoTime() % 1_000_000_000L;
        String issued = execute("tongguan:card-issue " + cardNo + " OPERATOR 6101940123 张关务 123456");
        assertTrue(issued, !issued.startsWith("failed"));
        assertTrue(execute("tongguan:card-list").contains(cardNo));
        Signer signer = service(Signer.class);
        CardMedium card = signer.card(cardNo).orElseThrow();
        assertEquals(CardType.OPERATOR, card.type());

        EnvelopeInfo info = new EnvelopeInfo("1.0", "QY0001", "M" + cardNo, "QYZZ_" + cardNo + ".xml", "EMS101",
                "6101940123", "DXPEDCCEB0000002", java.time.Instant.now());
        byte[] business = "<Qualification><name>西安高新加工贸易有限公司</name></Qualification>".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = Envelopes.seal(signer, cardNo, "123456".toCharArray(), info, Envelopes.DECLARE, business);
        SignedMessage opened = Envelopes.open(signer, sealed, key -> signer.card(key).map(CardMedium::certificate));
        assertEquals(info.messageId(), opened.info().messageId());
        assertTrue(new String(opened.businessXml(), StandardCharsets.UTF_8).contains("西安高新加工贸易有限公司"));
        try {
            Envelopes.seal(signer, cardNo, "654321".toCharArray(), info, Envelopes.DECLARE, business);
            fail("a wrong PIN must not sign");
        } catch (org.tongguan.core.RuleViolation expected) {
            assertEquals("signing.wrongPin", expected.key());
        }
    }

    @Test
    public void theFileboxSendsAndDeliversReceiptsOnce() throws Exception {
        CustomsTransport transport = service(CustomsTransport.class);
        String name = "IT101_I_" + System.nanoTime() + "_1.xml";
        transport.send(new OutgoingMessage("ITBOX", name, "<m/>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(transport.pending("ITBOX").contains(name));
        java.nio.file.Path root = java.nio.file.Path.of(System.getProperty("karaf.data"), "tongguan", "filebox", "ITBOX");
        assertTrue(java.nio.file.Files.exists(root.resolve("OutBox").resolve(name)));

        List<IncomingMessage> received = new CopyOnWriteArrayList<>();
        java.util.Hashtable<String, Object> props = new java.util.Hashtable<>();
        props.put(ReceiptListener.BUSINESS_TYPE, "ITBOX");
        org.osgi.framework.ServiceRegistration<ReceiptListener> reg =
                context.registerService(ReceiptListener.class, received::add, props);
        try {
            java.nio.file.Path inbox = java.nio.file.Files.createDirectories(root.resolve("InBox"));
            byte[] receipt = "<CommonResponeMessage><DealFlag>0</DealFlag></CommonResponeMessage>".getBytes(StandardCharsets.UTF_8);
            java.nio.file.Files.write(inbox.resolve("Receipt_1.xml"), receipt);
            java.nio.file.Files.write(inbox.resolve("Receipt_1_again.xml"), receipt);
            // the simulator also answers the "<m/>" sent above (a refusal): count only the receipts written here
            java.util.function.LongSupplier ours = () -> received.stream()
                    .filter(r -> r.fileName().startsWith("Receipt_1")).count();
            waitFor("receipt delivered", () -> ours.getAsLong() == 1, 30_000);
            waitFor("both files processed", () -> !java.nio.file.Files.exists(inbox.resolve("Receipt_1.xml"))
                    && !java.nio.file.Files.exists(inbox.resolve("Receipt_1_again.xml")), 30_000);
            assertEquals("a duplicate receipt is applied once", 1, ours.getAsLong());
        } finally {
            reg.unregister();
        }
    }

    @Test
    public void theCustomsSimulatorAnswersASealedMessageInTheRealFormats() throws Exception {
        String cardNo = "SIM" + System.nanoTime() % 1_000_000_000L;
        assertFalse(execute("tongguan:card-issue " + cardNo + " OPERATOR 6101940123 李申报 246810").startsWith("failed"));
        Signer signer = service(Signer.class);
        CustomsTransport transport = service(CustomsTransport.class);

        List<IncomingMessage> receipts = new CopyOnWriteArrayList<>();
        java.util.Hashtable<String, Object> only = new java.util.Hashtable<>();
        only.put(ReceiptListener.BUSINESS_TYPE, "QYZZ");
        ReceiptListener listener = receipts::add;
        org.osgi.framework.ServiceRegistration<ReceiptListener> reg =
                context.registerService(ReceiptListener.class, listener, only);
        // a rule plugged in over the 核放单 area's own (ranked above it): a message without a table body is returned
        CustomsRule rule = new CustomsRule() {
            @Override
            public String messageType() {
                return "SAS121";
            }

            @Override
            public Verdict judge(SignedMessage message, NumberSource numbers) {
                return Verdict.returned(new CheckInfo("3349", "加工账册资质: 商务部前置审批开关开启, 企业必须申报表体"));
            }
        };
        java.util.Hashtable<String, Object> ranked = new java.util.Hashtable<>();
        ranked.put(org.osgi.framework.Constants.SERVICE_RANKING, 100);
        org.osgi.framework.ServiceRegistration<CustomsRule> ruleReg = context.registerService(CustomsRule.class, rule,
                ranked);
        try {
            String messageId = "M" + cardNo;
            EnvelopeInfo info = new EnvelopeInfo("1.0", "B" + cardNo, messageId, "SAS121_I_" + cardNo + "_1.xml",
                    "SAS121", "6101940123", "DXPEDCCEB0000002", java.time.Instant.now());
            byte[] business = ("<Qualification><EtpsPreentNo>" + cardNo + "</EtpsPreentNo><masterCuscd>9000</masterCuscd>"
                    + "</Qualification>").getBytes(StandardCharsets.UTF_8);
            byte[] sealed = Envelopes.seal(signer, cardNo, "246810".toCharArray(), info, Envelopes.DECLARE, business);
            transport.send(new OutgoingMessage("QYZZ", info.fileName(), sealed));

            waitFor("the client's answer and customs' receipt", () -> receipts.size() >= 2, 60_000);
            // delivered together they come in name order, which puts customs' CUS0000… before the answer
            IncomingMessage answer = receipts.stream().filter(r -> r.fileName().equals("Successed_" + info.fileName()))
                    .findFirst().orElseThrow();
            IncomingMessage receipt = receipts.stream().filter(r -> r != answer).findFirst().orElseThrow();
            String importReceipt = new String(answer.content(), StandardCharsets.UTF_8);
            String businessReceipt = new String(receipt.content(), StandardCharsets.UTF_8);
            assertTrue(importReceipt, importReceipt.contains("<CommonResponeMessage>")
                    && importReceipt.contains("<DealFlag>0</DealFlag>") && importReceipt.contains("<SeqNo>9000"));
            assertTrue(businessReceipt, businessReceipt.contains("<message_type>SAS221</message_type>")
                    && businessReceipt.contains("<manageResult>3</manageResult>")
                    && businessReceipt.contains("企业必须申报表体") && businessReceipt.contains("[3349]"));
            assertFalse("unsigned, as the real receipts are", businessReceipt.contains("<Signature"));
            assertTrue("the e-port side took the message", transport.pending("QYZZ").isEmpty());
        } finally {
            ruleReg.unregister();
            reg.unregister();
        }
    }

    /**
     * Clerk A's refused save for enterprise B and a refusal inside a transaction that then rolls back: both are in the
     * audit (who, which permission, which enterprise, why), the work before the second is undone, the texts name the
     * permission and not its key, and neither refusal leaves a stack trace in the log (no XAException from the
     * rollback either).
     */
    @Test
    public void refusalsAreAuditedNamedAndLoggedWithoutStackTraces() throws Exception {
        String mine = uniqueCustomsCode();
        String other = uniqueCustomsCode();
        String rolledBack = uniqueCustomsCode();
        registry.save(SYSTEM, enterprise(mine, creditCodeFor(mine), "本企业"));
        registry.save(SYSTEM, enterprise(other, creditCodeFor(other), "他企业"));
        UserContext who = Fixtures.signedInClerk(users, "refused" + mine.substring(4), mine);
        JpaTemplate core = context.getService(context.getServiceReferences(JpaTemplate.class,
                "(osgi.unit.name=tongguan-core)").iterator().next());

        String logged = KarafLog.during(() -> {
            Enterprise theirs = registry.lookup(other).orElseThrow();
            theirs.setPhone("029-11112222");
            AccessDeniedException save = assertThrows(AccessDeniedException.class, () -> registry.save(who, theirs));
            String text = save.getMessage(java.util.Locale.SIMPLIFIED_CHINESE);
            assertTrue(text, text.contains("修改企业信息") && text.contains(other));
            assertFalse(text, text.contains(Permissions.ENTERPRISE_EDIT));
            assertThrows(AccessDeniedException.class, () -> Transactions.write(core, "", em -> {
                Enterprise e = enterprise(rolledBack, creditCodeFor(rolledBack), "回滚企业");
                e.setUpdatedAt(java.time.Instant.now());
                em.persist(e);
                em.flush();
                policy.check(who, Permissions.ADMIN_USERS);
                return null;
            }));
            // a rule broken inside a transaction the refusal rolls back: expected, not a failure of the server
            assertThrows(ValidationException.class, () -> registry.save(SYSTEM, enterprise(uniqueCustomsCode(), "123",
                    "坏企业")));
        });

        assertTrue("the work before the refusal was rolled back", registry.lookup(rolledBack).isEmpty());
        assertEquals("nothing saved for the other enterprise", "029-12345678",
                registry.lookup(other).orElseThrow().getPhone());
        for (String noise : List.of("XAException", "rollback logic due to exception", "Rolling back TX",
                "AccessDeniedException", "ValidationException")) {
            assertFalse(noise + " in the log:\n" + logged, logged.contains(noise));
        }
        List<AuditEntry> refused = audit.find(SYSTEM, new AuditQuery(who.username(), null, AuditAction.REFUSED, null,
                null, null), 0, 10);
        assertEquals(refused.toString(), 2, refused.size());
        assertEquals(Permissions.ADMIN_USERS, refused.get(0).getRecordId());
        assertEquals("audit.refused.PERMISSION", refused.get(0).getNewValue());
        assertEquals(Permissions.ENTERPRISE_EDIT, refused.get(1).getRecordId());
        assertEquals(other, refused.get(1).getEnterpriseCode());
        assertEquals("audit.refused.ENTERPRISE", refused.get(1).getNewValue());
        assertEquals(1, audit.count(SYSTEM, new AuditQuery(null, other, AuditAction.REFUSED, null, null, null)));
    }

    /**
     * {@code tongguan:hs-import}: a file with an unknown unit is refused naming row, code and unit, and changes nothing;
     * a good one replaces the table in one transaction, prints what it added, removed and changed, and is audited.
     * The shipped table is imported back at the end.
     */
    @Test
    public void anHsImportReplacesTheTableAuditedAndABadOneChangesNothing() throws Exception {
        org.osgi.framework.Bundle core = java.util.Arrays.stream(context.getBundles())
                .filter(b -> "org.tongguan.core".equals(b.getSymbolicName())).findFirst().orElseThrow();
        List<String> shipped;
        try (java.io.InputStream in = core.getEntry("/org/tongguan/core/codes/hs_codes_2020.csv").openStream()) {
            shipped = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("hs-import");
        try {
            java.nio.file.Path bad = java.nio.file.Files.write(dir.resolve("bad.csv"), shipped.stream()
                    .map(l -> l.startsWith("0101210010,") ? l.replace(",035,009,", ",999,009,") : l).toList());
            String refused = execute("tongguan:hs-import " + bad);
            assertTrue(refused, refused.startsWith("failed: 错误 / error: ")
                    && refused.contains("第 2 行：商品编码“0101210010”的第一法定计量单位“999”不在计量单位代码表中"));
            assertEquals("2020", codes.hsEdition());
            assertEquals(11_988, codes.hsCount());

            List<String> next = new java.util.ArrayList<>();
            for (String l : shipped) {
                String row = l.endsWith(",2020") ? l.substring(0, l.length() - 4) + "2021T" : l;
                if (!row.startsWith("0101210010,")) {
                    next.add(row.startsWith("8542319000,")
                            ? row.replace("其他用作处理器及控制器的集成电路", "处理器及控制器集成电路") : row);
                }
            }
            next.add("8542319001,测试新增集成电路,007,035,,,1品牌类型;2出口享惠情况;,,2021T");
            String imported = execute("tongguan:hs-import " + java.nio.file.Files.write(dir.resolve("next.csv"), next));
            assertTrue(imported, imported.contains("added\t8542319001") && imported.contains("removed\t0101210010")
                    && imported.contains("changed\t8542319000") && imported.contains("added 1, removed 1, changed 1"));
            assertEquals("2021T", codes.hsEdition());
            assertTrue(codes.findHs("0101210010").isEmpty());
            assertEquals("处理器及控制器集成电路", codes.findHs("8542319000").orElseThrow().nameZh());
            assertEquals(List.of("007", "035"), codes.findHs("8542319001").orElseThrow().legalUnits());
            AuditEntry entry = audit.find(SYSTEM, AuditQuery.ALL, 0, 100).stream()
                    .filter(e -> "hsTable".equals(e.getRecordType()) && "2021T".equals(e.getRecordId())).findFirst()
                    .orElseThrow();
            assertEquals("edition 2020, 11988 codes", entry.getOldValue());
            assertEquals("edition 2021T, 11988 codes (+1 -1 ~1)", entry.getNewValue());
        } finally {
            String back = execute("tongguan:hs-import " + java.nio.file.Files.write(dir.resolve("2020.csv"), shipped));
            assertTrue(back, back.contains("HS table edition 2020: 11988 codes"));
        }
        assertEquals(11_988, codes.hsCount());
    }

    private <T> T service(Class<T> type) {
        ServiceReference<T> ref = context.getServiceReference(type);
        assertNotNull(type.getSimpleName() + " registered", ref);
        return context.getService(ref);
    }

    // ---- helpers

    private String execute(String command) {
        return Fixtures.console(sessions, command);
    }

    private Set<String> routes() {
        try {
            List<String> r = new ArrayList<>();
            for (ServiceReference<ViewContribution> ref : context.getServiceReferences(ViewContribution.class, null)) {
                ViewContribution c = context.getService(ref);
                if (c != null) {
                    r.add(c.route());
                    context.ungetService(ref);
                }
            }
            return Set.copyOf(r);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The items areas put in the shell's header now (the 消息中心's bell). */
    private int headerItems() {
        try {
            return context.getServiceReferences(org.tongguan.shell.HeaderContribution.class, null).size();
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    private List<String> notRunning() {
        return java.util.Arrays.stream(context.getBundles())
                .filter(b -> b.getHeaders().get("Fragment-Host") == null && b.getState() != Bundle.ACTIVE)
                .filter(b -> !b.getSymbolicName().equals("org.ops4j.pax.web.pax-web-compatibility-annotation"))
                .map(b -> b.getSymbolicName() + "=" + b.getState()).collect(Collectors.toList());
    }
}
