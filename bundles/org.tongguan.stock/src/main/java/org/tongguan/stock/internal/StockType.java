package org.tongguan.stock.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.Messages;
import org.tongguan.core.Validator;
import org.tongguan.core.code.CodeTableId;
import org.tongguan.core.customs.wire.ImportLayout;
import org.tongguan.core.declaration.AbstractDocumentType;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.DocumentPage;
import org.tongguan.core.declaration.DocumentRows;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.Elements;
import org.tongguan.core.declaration.Elements.Party;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.declaration.ItemTab;
import org.tongguan.core.declaration.RowCheck;
import org.tongguan.ledger.LedgerMenus;
import org.tongguan.ledger.LedgerRegistry;
import org.tongguan.ledger.LedgerTexts;
import org.tongguan.ledger.ListMovements;
import org.tongguan.ledger.MovementKind;
import org.tongguan.ledger.Shortfall;
import org.tongguan.stock.internal.book.DclBook;

/**
 * 出入库单 (SAS111, {@link ImportLayout#SAS111}; DOMAIN-AREAS.md §2): goods into (进区) or out of (出区) the zone or
 * warehouse under an approved 业务申报表 of the enterprise. The 申报表编号 fills 区内企业, 主管关区, 业务类型, the 出入库单
 * 类型 (its 货物流向) and 区内账册 (§1.3, as the pilot prefills a new 出入库单); a row names the form's 申报序号, which
 * fills 料号, 编码, 名称, units, 币制 and 单价 — and, left blank, the 申报数量 with what is left of the row. No 出入库单
 * takes a row beyond its 申报数量, counting the other 出入库单 approved or declared and not yet decided: refused at every
 * 暂存 and at 申报, naming the row, what is left and the shortfall. 申报 holds the quantities, approval (SAS211, with
 * the 出入库单编号) counts them, a 退单 or a failed send frees them.
 */
@Component(service = DocumentType.class, property = "document.type=" + StockType.ID)
public class StockType extends AbstractDocumentType {
    public static final String ID = "stock";
    public static final String PERMISSION = "stock.stock";
    public static final String ITEMS = "items";
    static final Messages MESSAGES = DclBook.MESSAGES;
    private static final ZoneId CUSTOMS_ZONE = ZoneId.of("Asia/Shanghai");

    private static final List<FieldSpec> HEADER = Elements.of(List.of(Elements.SEQ_NO,
            FieldSpec.text("sasStockNo", "stock.sasStockNo", 64).asReadOnly(),
            FieldSpec.options("dclTypecd", "stock.dclTypecd", FieldSpec.optionKeys("stock.dclTypecd.", "1", "3"))
                    .asReadOnly().defaultValue("1"),
            FieldSpec.text("sasDclNo", "sas.sasDclNo", 64).asRequired(),
            FieldSpec.text("areainOriactNo", "sas.areainOriactNo", 64).asReadOnly()),
            // the 申报表's (validateHeader)
            Party.AREAIN.fields(FieldSpec::asReadOnly), List.of(
            Elements.MASTER_CUSCD.asRequired().asReadOnly(),
            // required, but the form gives them when it has them (validateHeader): no star, checked there
            FieldSpec.options("stockTypecd", "stock.stockTypecd", FieldSpec.optionKeys("stock.stockTypecd.", "I", "E")),
            FieldSpec.options("businessTypecd", "sas.businessTypecd",
                    FieldSpec.optionKeys("sas.businessTypecd.", SasDclType.BUSINESS_TYPES)).asRequired().asReadOnly(),
            FieldSpec.text("dclEr", "sas.dclEr", 256)),
            Party.DCL.fields(), SasFields.inputParty(), List.of(
            FieldSpec.integer("packageQty", "stock.packageQty", 9),
            FieldSpec.decimal("grossWt", "stock.grossWt", 5),
            FieldSpec.decimal("netWt", "stock.netWt", 5),
            FieldSpec.text("packType", "stock.packType", 256),
            Elements.INPUT_TIME,
            FieldSpec.options("mtpckEndprdTypecd", "sas.mtpckEndprdTypecd",
                    FieldSpec.optionKeys("sas.mtpckEndprdTypecd.", "I", "E", "R"))));

    /** A row: the 申报表 row it takes from fills the commodity. */
    private static final List<FieldSpec> COLUMNS = List.of(
            Elements.GDS_SEQNO,
            FieldSpec.integer("sasDclSeqno", "stock.item.sasDclSeqno", 19).asRequired(),
            FieldSpec.integer("oriactGdsSeqno", "sas.item.oriactGdsSeqno", 19).asReadOnly(),
            Elements.GDS_MTNO.asReadOnly(),
            Elements.GDECD.asReadOnly(),
            Elements.GDS_NM.asReadOnly(),
            Elements.GDS_SPCF_MODEL_DESC,
            Elements.DCL_UNITCD.asReadOnly(),
            Elements.LAWF_UNITCD.asReadOnly(),
            Elements.SECD_LAWF_UNITCD.asReadOnly(),
            Elements.NATCD.asRequired(),
            FieldSpec.code("destinationNatcd", "stock.item.destinationNatcd", CodeTableId.COUNTRY).asRequired(),
            Elements.DCL_UPRC_AMT,
            Elements.DCL_TOTAL_AMT,
            Elements.DCL_CURRCD,
            FieldSpec.decimal("lawfQty", "stock.item.lawfQty", 5).asRequired(),
            FieldSpec.decimal("secdLawfQty", "stock.item.secdLawfQty", 5),
            // blank: what is left of the 申报表 row (the row rule fills it)
            Elements.DCL_QTY,
            FieldSpec.decimal("grossWt", "stock.grossWt", 5),
            FieldSpec.decimal("netWt", "stock.netWt", 5),
            FieldSpec.code("lvyrlfModecd", "stock.item.lvyrlfModecd", CodeTableId.LEVY_MODE).asRequired(),
            FieldSpec.text("ucnsVerno", "stock.item.ucnsVerno", 8));

    private static final List<ItemTab> TABS = List.of(
            new ItemTab(ITEMS, "stock.tab.items", "StockGoods", COLUMNS, "gdsSeqno", List.of("gdsSeqno")));

    private final DclBook book;
    private final LedgerRegistry books;
    private final Clock clock;

    @Activate
    public StockType(@Reference DclBook book, @Reference LedgerRegistry books) {
        this(book, books, Clock.systemUTC());
    }

    public StockType(DclBook book, LedgerRegistry books, Clock clock) {
        super(new Description(ID, MESSAGES, "stock.title", PERMISSION, ImportLayout.SAS111, "SAS", "areainEtpsno",
                HEADER, TABS, "inputTime", null, "sasStockNo", null,
                List.of("sasDclNo", "stockTypecd", "sasStockNo"))
                .withPages(DocumentPage.entry("logistics/stock", LedgerMenus.LOGISTICS_ENTRY, 21, "stock.title"),
                        DocumentPage.query("logistics/stock-query", LedgerMenus.LOGISTICS_QUERY, 21,
                                "stock.query.title")));
        this.book = book;
        this.books = books;
        this.clock = clock;
    }

    /**
     * The 申报表编号 names an approved 业务申报表 still valid, which gives the 区内企业 (the document's enterprise: a clerk
     * who does not act for it cannot file under it), 主管关区, 业务类型, 区内账册 and, when it has one, the direction; the
     * 申请人 where left blank. 净重 is not above 毛重.
     */
    @Override
    public void validateHeader(Map<String, String> header, Validator v) {
        String number = header.get("sasDclNo");
        if (number != null) {
            Optional<DclBook.Form> found = book.form(number);
            if (found.isEmpty()) {
                v.error("sasDclNo", MESSAGES, "stock.sasDclNo.unknown", number);
            } else {
                DclBook.Form form = found.get();
                put(header, "areainEtpsno", form.enterpriseCode());
                put(header, "areainEtpsNm", form.enterpriseName());
                put(header, "areainEtpsSccd", form.enterpriseSccd());
                put(header, "masterCuscd", form.masterCuscd());
                put(header, "businessTypecd", form.businessTypecd());
                put(header, "areainOriactNo", form.areainOriactNo());
                if (form.directionTypecd() != null) {
                    header.put("stockTypecd", form.directionTypecd());
                }
                header.putIfAbsent("dclEr", form.dclEr());
                LocalDate today = LocalDate.now(clock.withZone(CUSTOMS_ZONE));
                if (form.validTime() != null && form.validTime().isBefore(today)) {
                    v.error("sasDclNo", MESSAGES, "stock.sasDclNo.expired", number, form.validTime().toString());
                }
            }
        }
        for (String key : new String[] {"stockTypecd", "dclEr"}) {
            if (!header.containsKey(key)) {
                v.error(key, "field.required", new Messages.Text(MESSAGES, headerField(key).orElseThrow().labelKey()));
            }
        }
        String gross = header.get("grossWt");
        String net = header.get("netWt");
        if (gross != null && net != null && new BigDecimal(net).compareTo(new BigDecimal(gross)) > 0) {
            v.error("netWt", MESSAGES, "stock.netWt.aboveGross", net, gross);
        }
    }

    private static void put(Map<String, String> header, String key, String value) {
        if (value == null || value.isBlank()) {
            header.remove(key);
        } else {
            header.put(key, value);
        }
    }

    /**
     * A row names a row of the 申报表, which fills it; its 申报数量 left blank is what is left of that row (less what
     * the other rows of this 出入库单 take from it).
     */
    @Override
    public RowCheck rowCheck(String tab, Map<String, String> header, DocumentRows rows) {
        String number = header.get("sasDclNo");
        Map<Long, Optional<DclBook.Row>> found = new HashMap<>();
        return (row, v) -> {
            if (number == null || book.form(number).isEmpty()) {
                v.error("sasDclSeqno", MESSAGES, "stock.header.first");
                return;
            }
            long seq = Long.parseLong(row.get("sasDclSeqno"));
            Optional<DclBook.Row> dcl = found.computeIfAbsent(seq, s -> book.row(number, s, -1));
            if (dcl.isEmpty()) {
                v.error("sasDclSeqno", MESSAGES, "stock.sasDclSeqno.unknown", row.get("sasDclSeqno"), number);
                return;
            }
            dcl.get().item().fill(row);
            put(row, "oriactGdsSeqno", dcl.get().oriactGdsSeqno() == null ? null
                    : dcl.get().oriactGdsSeqno().toString());
            put(row, "secdLawfUnitcd", dcl.get().secdLawfUnit());
            if (!row.containsKey("dclQty")) {
                BigDecimal left = dcl.get().remaining();
                for (Map<String, String> other : rows.rows(ITEMS)) {
                    if (row.get("sasDclSeqno").equals(other.get("sasDclSeqno"))
                            && !other.get("gdsSeqno").equals(row.get("gdsSeqno")) && other.get("dclQty") != null) {
                        left = left.subtract(new BigDecimal(other.get("dclQty")));
                    }
                }
                if (left.signum() > 0) {
                    row.put("dclQty", LedgerTexts.plain(left));
                } else {
                    v.error("dclQty", MESSAGES, "stock.dclQty.nothingLeft", row.get("sasDclSeqno"), number);
                }
            }
        };
    }

    /** At every 暂存: the rows fit what is left of the 申报表's rows. */
    @Override
    public void validateDraft(Document doc, Validator v) {
        checkFits(doc, v);
    }

    /** At 申报: at least one row, each with its quantity, fitting what is left (other 出入库单 may have taken since). */
    @Override
    public void validateDeclaration(Document doc, Validator v) {
        if (doc.items(ITEMS).isEmpty()) {
            v.error(ITEMS, MESSAGES, "stock.items.required");
        }
        checkFits(doc, v);
    }

    private void checkFits(Document doc, Validator v) {
        movements(doc).ifPresent(list -> {
            for (Shortfall s : book.shortfalls(list)) {
                v.error(ITEMS + ".dclQty", MESSAGES, "stock.shortfall", list.emsNo(), Long.toString(s.seqNo()),
                        s.mtno(), s.name() == null ? "" : s.name(), LedgerTexts.plain(s.balance()),
                        LedgerTexts.plain(s.demand()), LedgerTexts.plain(s.shortfall()));
            }
        });
    }

    /** What the 出入库单 takes from its 申报表, once its header names an approved one. */
    Optional<ListMovements> movements(Document doc) {
        String number = doc.value("sasDclNo");
        if (number.isEmpty() || book.ledger(number).isEmpty()) {
            return Optional.empty();
        }
        List<ListMovements.Line> lines = new ArrayList<>();
        for (Document.Item i : doc.items(ITEMS)) {
            if (!i.value("sasDclSeqno").isEmpty() && !i.value("dclQty").isEmpty()) {
                lines.add(new ListMovements.Line(Integer.parseInt(i.value("gdsSeqno")),
                        Long.parseLong(i.value("sasDclSeqno")), null, new BigDecimal(i.value("dclQty"))));
            }
        }
        String stockNo = doc.value("sasStockNo").isEmpty() ? doc.etpsPreentNo() : doc.value("sasStockNo");
        MovementKind kind = "E".equals(doc.value("stockTypecd")) ? MovementKind.STORE_OUT : MovementKind.STORE_IN;
        return Optional.of(new ListMovements(doc.id(), stockNo, number, kind,
                LocalDate.now(clock.withZone(CUSTOMS_ZONE)), lines));
    }

    /** The 出入库单编号 customs assigned. */
    @Override
    public void onApproved(Map<String, String> header, Map<String, String> numbers, LocalDate date,
            boolean afterChange) {
        String no = numbers.get("sasStockNo");
        if (no != null) {
            header.put("sasStockNo", no);
        }
    }

    @Override
    public boolean observesEvents() {
        return true;
    }

    /** The 申报表's quantities follow the 出入库单 ({@link LedgerRegistry#follow}). */
    @Override
    public void after(Document doc, DocumentEvent event, DocumentState from) {
        books.follow(doc.value("sasDclNo"), doc.id(), doc.value("sasStockNo"), event, from, () -> movements(doc));
    }
}
