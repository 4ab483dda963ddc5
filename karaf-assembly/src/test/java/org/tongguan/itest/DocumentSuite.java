package org.tongguan.itest;

import static org.tongguan.itest.Fixtures.creditCodeFor;
import static org.tongguan.itest.Fixtures.enterprise;
import static org.tongguan.itest.Fixtures.uniqueCustomsCode;
import static org.tongguan.itest.Fixtures.waitFor;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import javax.inject.Inject;
import org.junit.Before;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.tongguan.core.customs.CardAuthority;
import org.tongguan.core.customs.CardType;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentService;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.security.UserContext;

/**
 * What the Pax Exam suites of declaration documents share: the distribution on their database, the document service,
 * and before each test an enterprise of its own with an operator card that signs its 申报.
 */
abstract class DocumentSuite {
    static final UserContext SYSTEM = UserContext.system("itest");
    static final String PIN = "135790";
    private static volatile boolean settled;

    @Inject
    protected BundleContext context;
    @Inject
    @Filter(timeout = 180_000)
    protected DocumentService documents;
    @Inject
    @Filter(timeout = 60_000)
    protected EnterpriseRegistry registry;
    @Inject
    @Filter(timeout = 60_000)
    protected CardAuthority cards;

    protected String enterprise;
    protected String cardNo;

    @Configuration
    public Option[] config() throws Exception {
        return KarafOptions.distribution(database());
    }

    /** The database this suite runs on. */
    protected Database database() {
        return Database.derby();
    }

    @Before
    public void anEnterpriseWithACard() throws Exception {
        if (!settled) {
            Fixtures.awaitSettled(context);
            settled = true;
        }
        enterprise = uniqueCustomsCode();
        registry.save(SYSTEM, enterprise(enterprise, creditCodeFor(enterprise), "西安高新加工贸易有限公司"));
        cardNo = "OP" + enterprise;
        cards.issue(SYSTEM, cardNo, CardType.OPERATOR, enterprise, "张关务", PIN.toCharArray());
    }

    /** A 企业资质申请's header of the test enterprise (社会信用代码 and name are filled from the registry). */
    protected Map<String, String> header() {
        Map<String, String> h = new HashMap<>();
        for (String unit : new String[] {"bizop", "rcvgd", "dcl"}) {
            h.put(unit + "Etpsno", enterprise);
        }
        h.put("finishValidDate", "2030-12-31");
        h.put("prdtCapaAmt", "100");
        h.put("masterCuscd", "9000");
        h.put("qualTypecd", "1");
        return h;
    }

    /** A 料件 or 成品 row of a 企业资质申请. */
    protected static Map<String, String> item(String mtno, String qty) {
        return Map.of("gdsMtno", mtno, "gdecd", "4421100090", "gdsNm", "木制衣架", "dclUnitcd", "007",
                "lawfUnitcd", "007", "dclUprcAmt", "4.5", "dclCurrcd", "142", "dclQty", qty, "natcd", "142");
    }

    /** 申报 with the test enterprise's card. */
    protected Document declare(Document d) {
        return documents.declare(SYSTEM, d.id(), d.version(), cardNo, PIN.toCharArray(), true);
    }

    /** The document once {@code done} holds of it (receipts arrive), within a minute. */
    protected Document await(long id, Predicate<Document> done, String what) throws InterruptedException {
        waitFor(what + " of document " + id, () -> done.test(documents.get(SYSTEM, id)), 60_000);
        return documents.get(SYSTEM, id);
    }
}
