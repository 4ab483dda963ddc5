package org.tongguan.invt.internal;

import static org.tongguan.ledger.LedgerMenus.LEDGER_ENTRY;
import static org.tongguan.ledger.LedgerMenus.LEDGER_QUERY;
import static org.tongguan.ledger.LedgerMenus.LOGISTICS_ENTRY;
import static org.tongguan.ledger.LedgerMenus.LOGISTICS_QUERY;

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
import org.tongguan.core.customs.wire.ImportLayout;
import org.tongguan.core.Validator;
import org.tongguan.core.code.CodeTableId;
import org.tongguan.core.declaration.DocumentPage;
import org.tongguan.core.declaration.AbstractDocumentType;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.DocumentRows;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.Elements;
import org.tongguan.core.declaration.Elements.Party;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.declaration.ItemTab;
import org.tongguan.core.declaration.RowCheck;
import org.tongguan.ledger.LedgerItem;
import org.tongguan.ledger.LedgerRegistry;
import org.tongguan.ledger.ListMovements;
import org.tongguan.ledger.Mark;
import org.tongguan.ledger.MovementBook;
import org.tongguan.ledger.MovementKind;

/**
 * 保税核注清单, 进口 and 出口 (manual 000 §四(三), manual 001; docs/domain.md), under an approved ledger (备案编号)
 * of any kind an installed book keeps ({@link LedgerRegistry}: E 加工贸易账册, T 物流账册 …). A row names the
 * ledger's 备案序号; 料号, 商品编码, 名称 and units come from the ledger (currency and price when left blank). The
 * 监管方式 decides, by the ledger's book, what the list does to the ledger ({@link MovementKind}); a list that would
 * take a 料件 or 成品 below zero is refused at every 暂存 and at 申报, naming the row, its balance and the shortfall.
 * 申报 holds the quantities against other lists; customs' approval makes them 预核扣 and the release receipt 已核扣; a
 * 退单 or a failed send frees them.
 */
@Component(service = DocumentType.class, property = "document.type=" + InvtType.ID)
public class InvtType extends AbstractDocumentType {
    public static final String ID = "invt";
    public static final String PERMISSION = "invt.list";
    public static final String ITEMS = "items";
    static final Messages MESSAGES = new Messages("org.tongguan.invt.messages", InvtType.class.getClassLoader());
    private static final ZoneId CUSTOMS_ZONE = ZoneId.of("Asia/Shanghai");

    private static final List<FieldSpec> HEADER = Elements.of(List.of(
            Elements.SEQ_NO,
            FieldSpec.text("bondInvtNo", "invt.bondInvtNo", 18).asReadOnly(),
            FieldSpec.text("etpsInnerInvtNo", "invt.etpsInnerInvtNo", 64),
            Elements.PUTREC_NO.asRequired(),
            FieldSpec.options("impexpMarkcd", "invt.impexpMarkcd", FieldSpec.optionKeys("invt.impexpMarkcd.", "I", "E"))
                    .asRequired(),
            FieldSpec.options("mtpckEndprdMarkcd", "invt.mtpckEndprdMarkcd",
                    FieldSpec.optionKeys("invt.mtpckEndprdMarkcd.", "I", "E")).asRequired(),
            FieldSpec.code("supvModecd", "invt.supvModecd", CodeTableId.SUPERVISION_MODE).asRequired(),
            FieldSpec.code("trspModecd", "invt.trspModecd", CodeTableId.TRANSPORT_MODE).asRequired(),
            FieldSpec.code("impexpPortcd", "invt.impexpPortcd", CodeTableId.CUSTOMS_DISTRICT).asRequired(),
            FieldSpec.code("dclPlcCuscd", "invt.dclPlcCuscd", CodeTableId.CUSTOMS_DISTRICT).asRequired(),
            FieldSpec.code("stshipTrsarvNatcd", "invt.stshipTrsarvNatcd", CodeTableId.COUNTRY).asRequired(),
            FieldSpec.options("dclcusFlag", "invt.dclcusFlag", FieldSpec.optionKeys("invt.dclcusFlag.", "1", "2"))
                    .asRequired().defaultValue("1"),
            FieldSpec.options("dclcusTypecd", "invt.dclcusTypecd", FieldSpec.optionKeys("invt.dclcusTypecd.", "1", "2")),
            FieldSpec.options("decType", "invt.decType", FieldSpec.optionKeys("invt.decType.", "1", "2", "3", "4")),
            FieldSpec.options("invtType", "invt.invtType", FieldSpec.optionKeys("invt.invtType.", "0", "1", "3", "4",
                    "5", "6", "7", "8", "9")).asRequired().defaultValue("0")),
            // the 经营企业 is the ledger's (validateHeader); the area's wording of the trios is its own (element.*)
            Party.BIZOP.fields(FieldSpec::asReadOnly), Party.RCVGD.fields(), Party.DCL.fields(), List.of(
            FieldSpec.options("vrfdedMarkcd", "invt.vrfdedMarkcd", FieldSpec.optionKeys("invt.vrfdedMarkcd.", "0", "1",
                    "2", "3")).asReadOnly().defaultValue("0"),
            Elements.INPUT_TIME,
            Elements.RMK));

    private static final List<FieldSpec> COLUMNS = List.of(
            Elements.GDS_SEQNO,
            FieldSpec.integer("putrecSeqno", "invt.item.putrecSeqno", 9).asRequired(),
            Elements.GDS_MTNO.asReadOnly(),
            // filled from the ledger row; its 申报要素 helper sits beside 规格型号
            Elements.GDECD.asReadOnly(),
            Elements.GDS_NM.asReadOnly(),
            Elements.GDS_SPCF_MODEL_DESC,
            Elements.DCL_UNITCD.asReadOnly(),
            Elements.LAWF_UNITCD.asReadOnly(),
            Elements.DCL_QTY.asRequired(),
            FieldSpec.decimal("lawfQty", "invt.item.lawfQty", 5),
            Elements.DCL_UPRC_AMT,
            Elements.DCL_TOTAL_AMT,
            Elements.DCL_CURRCD,
            Elements.NATCD.asRequired(),
            FieldSpec.code("destinationNatcd", "invt.item.destinationNatcd", CodeTableId.COUNTRY),
            FieldSpec.code("lvyrlfModecd", "invt.item.lvyrlfModecd", CodeTableId.LEVY_MODE),
            FieldSpec.text("ucnsVerno", "invt.item.ucnsVerno", 8),
            Elements.RMK);

    private static final List<ItemTab> TABS = List.of(
            new ItemTab(ITEMS, "invt.tab.items", "InvtListType", COLUMNS, "gdsSeqno", List.of("gdsSeqno")));

    /** The lists of 加工贸易账册 (E…) under 加工贸易账册, those of 物流账册 (T…) under 保税物流管理 (manual 001). */
    private static final DocumentPage[] PAGES = {
        DocumentPage.entry("ledger/invt-import", LEDGER_ENTRY, 50, "invt.import.title").with(Map.of("impexpMarkcd", "I")),
        DocumentPage.entry("ledger/invt-export", LEDGER_ENTRY, 51, "invt.export.title").with(Map.of("impexpMarkcd", "E")),
        DocumentPage.query("ledger/invt-query", LEDGER_QUERY, 50, "invt.query.title").with(Map.of("putrecNo", "E*")),
        DocumentPage.entry("logistics/invt-import", LOGISTICS_ENTRY, 10, "invt.import.title")
                .with(Map.of("impexpMarkcd", "I")),
        DocumentPage.entry("logistics/invt-export", LOGISTICS_ENTRY, 11, "invt.export.title")
                .with(Map.of("impexpMarkcd", "E")),
        DocumentPage.query("logistics/invt-query", LOGISTICS_QUERY, 90, "invt.query.title")
                .with(Map.of("putrecNo", "T*"))};

    private final LedgerRegistry books;
    private final Clock clock;

    @Activate
    public InvtType(@Reference LedgerRegistry books) {
        this(books, Clock.systemUTC());
    }

    public InvtType(LedgerRegistry books, Clock clock) {
        super(new Description(ID, MESSAGES, "invt.title", PERMISSION, ImportLayout.INV101, "INV",
                "bizopEtpsno", HEADER, TABS, "inputTime", null, "bondInvtNo", null,
                List.of("impexpMarkcd", "putrecNo", "mtpckEndprdMarkcd")).withPages(PAGES));
        this.books = books;
        this.clock = clock;
    }

    /**
     * The ledger names the 经营企业 (and with it who may see the list); the 监管方式 must fit the direction and the
     * 料件成品标记; a list filed 报关 names how and which declaration.
     */
    @Override
    public void validateHeader(Map<String, String> header, Validator v) {
        books.owner(header, "putrecNo", v);
        Optional<MovementBook> book = books.book(header.get("putrecNo"));
        Optional<Mark> mark = Mark.of(header.get("mtpckEndprdMarkcd"));
        String mode = header.get("supvModecd");
        String ie = header.get("impexpMarkcd");
        if (mode != null && ie != null && mark.isPresent() && book.isPresent()
                && book.get().movement(mode, ie, mark.get()).isEmpty()) {
            v.error("supvModecd", MESSAGES, "invt.supvModecd.misfit", mode, new Messages.Key("invt.impexpMarkcd."
                    + ie), new Messages.Key("invt.mtpckEndprdMarkcd." + mark.get().code()));
        }
        if ("1".equals(header.get("dclcusFlag"))) {
            for (String key : new String[] {"dclcusTypecd", "decType"}) {
                if (!header.containsKey(key)) {
                    v.error(key, MESSAGES, "invt.dclcus.required", new Messages.Key("invt." + key));
                }
            }
        }
    }

    /** What the list does to its ledger, by the ledger's book, or empty while its header does not say. */
    Optional<MovementKind> kind(Map<String, String> header) {
        Optional<MovementBook> book = books.book(header.get("putrecNo"));
        return Mark.of(header.get("mtpckEndprdMarkcd")).flatMap(m -> book.flatMap(b -> b.movement(
                header.get("supvModecd"), header.get("impexpMarkcd"), m)));
    }

    /** A row names a 料件 or 成品 of the ledger; the ledger fills the rest. */
    @Override
    public RowCheck rowCheck(String tab, Map<String, String> header, DocumentRows rows) {
        String emsNo = header.get("putrecNo");
        Optional<MovementBook> book = books.book(emsNo);
        Optional<Mark> mark = Mark.of(header.get("mtpckEndprdMarkcd"));
        Optional<MovementKind> kind = kind(header);
        Map<Long, Optional<LedgerItem>> items = new HashMap<>();
        return (row, v) -> {
            if (book.isEmpty() || mark.isEmpty()) {
                v.error("putrecSeqno", MESSAGES, "invt.header.first");
                return;
            }
            long seq = Long.parseLong(row.get("putrecSeqno"));
            Optional<LedgerItem> found = items.computeIfAbsent(seq, s -> book.get().item(emsNo, mark.get(), s));
            if (found.isEmpty()) {
                v.error("putrecSeqno", MESSAGES, "invt.putrecSeqno.unknown", row.get("putrecSeqno"), emsNo,
                        new Messages.Key("invt.mtpckEndprdMarkcd." + mark.get().code()));
                return;
            }
            found.get().fill(row);
            if (kind.orElse(null) == MovementKind.EXPORT) {
                List<String> versions = book.get().bomVersions(emsNo, seq);
                String given = row.get("ucnsVerno");
                if (given == null && versions.size() > 1) {
                    v.error("ucnsVerno", MESSAGES, "invt.ucnsVerno.choose", row.get("putrecSeqno"),
                            String.join(", ", versions));
                } else if (given != null && !versions.contains(given)) {
                    v.error("ucnsVerno", MESSAGES, "invt.ucnsVerno.unknown", given, row.get("putrecSeqno"));
                }
            }
        };
    }

    /** At every 暂存: the list must fit the ledger's balances. */
    @Override
    public void validateDraft(Document doc, Validator v) {
        checkBalances(doc, v);
    }

    /** At 申报: at least one row, and the balances (which other lists may have used since the 暂存). */
    @Override
    public void validateDeclaration(Document doc, Validator v) {
        if (doc.items(ITEMS).isEmpty()) {
            v.error(ITEMS, MESSAGES, "invt.items.required");
        }
        checkBalances(doc, v);
    }

    private void checkBalances(Document doc, Validator v) {
        movements(doc).ifPresent(list -> books.checkFits(list, v, ITEMS + ".dclQty"));
    }

    /** What the list does to its ledger, once header and rows say it (rows without a 备案序号 of it left out). */
    Optional<ListMovements> movements(Document doc) {
        Optional<MovementKind> kind = kind(doc.header());
        String emsNo = doc.value("putrecNo");
        if (kind.isEmpty() || emsNo.isEmpty() || books.ledger(emsNo).isEmpty()) {
            return Optional.empty();
        }
        List<ListMovements.Line> lines = new ArrayList<>();
        for (Document.Item i : doc.items(ITEMS)) {
            if (!i.value("putrecSeqno").isEmpty() && !i.value("dclQty").isEmpty()) {
                lines.add(new ListMovements.Line(Integer.parseInt(i.value("gdsSeqno")),
                        Long.parseLong(i.value("putrecSeqno")), i.value("ucnsVerno").isEmpty() ? null
                                : i.value("ucnsVerno"), new BigDecimal(i.value("dclQty"))));
            }
        }
        String listNo = doc.value("bondInvtNo").isEmpty() ? doc.etpsPreentNo() : doc.value("bondInvtNo");
        return Optional.of(new ListMovements(doc.id(), listNo, emsNo, kind.get(),
                LocalDate.now(clock.withZone(CUSTOMS_ZONE)), lines));
    }

    /** The 核注清单编号 customs assigned, and 预核扣. */
    @Override
    public void onApproved(Map<String, String> header, Map<String, String> numbers, LocalDate date,
            boolean afterChange) {
        String no = numbers.get("bondInvtNo");
        if (no != null) {
            header.put("bondInvtNo", no);
        }
        header.put("vrfdedMarkcd", "1");
    }

    /** 已核扣. */
    @Override
    public void onReleased(Map<String, String> header, LocalDate date) {
        header.put("vrfdedMarkcd", "2");
    }

    @Override
    public boolean observesEvents() {
        return true;
    }

    /** The ledger's balances follow the list ({@link LedgerRegistry#follow}). */
    @Override
    public void after(Document doc, DocumentEvent event, DocumentState from) {
        books.follow(doc.value("putrecNo"), doc.id(), doc.value("bondInvtNo"), event, from, () -> movements(doc));
    }
}
