package org.tongguan.passport.internal;

import static org.tongguan.ledger.LedgerMenus.LOGISTICS_ENTRY;
import static org.tongguan.ledger.LedgerMenus.LOGISTICS_QUERY;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.tongguan.core.Messages;
import org.tongguan.core.Validator;
import org.tongguan.core.customs.wire.CustomsReceipt;
import org.tongguan.core.customs.wire.ImportLayout;
import org.tongguan.core.customs.wire.ImportMessages;
import org.tongguan.core.customs.wire.ReceiptCopy;
import org.tongguan.core.customs.wire.ReceiptType;
import org.tongguan.core.customs.wire.WireElement;
import org.tongguan.core.declaration.AbstractDocumentType;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.DocumentPage;
import org.tongguan.core.declaration.DocumentRows;
import org.tongguan.core.declaration.DocumentService;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.Elements;
import org.tongguan.core.declaration.Elements.Party;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.declaration.ItemTab;
import org.tongguan.core.declaration.RowCheck;
import org.tongguan.ledger.Ledger;
import org.tongguan.ledger.LedgerRegistry;

/**
 * 核放单 (SAS121, {@link ImportLayout#SAS121}; DOMAIN-AREAS §3; manual 001 保税物流管理 › 数据查询 › 核放单查询): a vehicle
 * entering (入区) or leaving (出区) the area with its weights, its goods ({@code PassportList}) and the documents it
 * carries out ({@code PassportAcmp} 关联单证, made from the header's 关联单证编号). The rules are the server's: how many
 * 关联单证 the 绑定类型 allows and none for 卡口登记 and 空车, a 核注清单 only if customs approved it for the 区内企业,
 * 总重量 = 车自重 + 车架重 + 集装箱自重 + 货物总毛重 ({@link Weights}). Customs' approval (SAS221) gives the 核放单编号;
 * the gate's receipts keep on the slip what they say: 过卡状态 and 过卡时间 (SAS223), a 查验处置 (SAS224). A 核放单 is
 * filed (申报类型 1 备案) or, once approved and before it passed the gate, cancelled (3 作废): customs allows no 变更
 * (SAS251: "目前核放单只允许备案"), so the engine's 变更 step is this type's 作废申报.
 */
@Component(service = DocumentType.class, property = "document.type=" + PassportType.ID,
        // looked up when a slip is checked, not bound: the document service binds this type as it starts, so a bound
        // reference back to it would be a cycle the component runtime refuses
        reference = @Reference(name = PassportType.DOCUMENTS, service = DocumentService.class,
                cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC))
public class PassportType extends AbstractDocumentType {
    static final String DOCUMENTS = "documents";
    public static final String ID = "passport";
    public static final String PERMISSION = "logistics.passport";
    public static final String ITEMS = "items";
    public static final String RELATIONS = "relations";
    static final Messages MESSAGES = new Messages("org.tongguan.passport.messages",
            PassportType.class.getClassLoader());
    static final String ENTERPRISE = Party.AREAIN.code();
    static final String PASSPORT_TYPE = "passportTypecd";
    static final String BIND_TYPE = "bindTypecd";
    static final String DCL_TYPE = "dclTypecd";
    static final String PASSPORT_NO = "passportNo";
    /** 过卡状态: customs' {@code stucd}. */
    static final String STATE = "stucd";
    /** 核放单类型 5 卡口登记货物 and 6 空车进出区: no 关联单证; an 空车 carries no goods. */
    static final String GATE_REGISTERED = "5";
    static final String EMPTY = "6";
    /** 申报类型 1 备案, 3 作废 (2 变更 is not allowed for a 核放单). */
    static final String FILING = "1";
    static final String CANCEL = "3";
    /** stucd: 1 已审批, 2 已过卡 (one gate), 3 已过一卡, 4 已过二卡 (two gates), 6 已作废. */
    private static final Set<String> PASSED = Set.of("2", "3", "4");
    private static final String CANCELLED = "6";
    /** What SAS224 tells (查验处置): its manageResult and manageDate, as received. */
    static final String INSPECTION = "dspsResult";
    static final String INSPECTION_TIME = "dspsTime";

    private static final List<FieldSpec> HEADER = Elements.of(List.of(
            Elements.SEQ_NO,
            FieldSpec.text(PASSPORT_NO, "passport.passportNo", 24).asReadOnly(),
            FieldSpec.options(DCL_TYPE, "passport.dclTypecd", FieldSpec.optionKeys("passport.dclTypecd.", FILING,
                    CANCEL)).asReadOnly().defaultValue(FILING),
            FieldSpec.options("ioTypecd", "passport.ioTypecd", FieldSpec.optionKeys("passport.ioTypecd.", "I", "E"))
                    .asRequired(),
            FieldSpec.options(PASSPORT_TYPE, "passport.passportTypecd", FieldSpec.optionKeys(
                    "passport.passportTypecd.", "1", "2", "3", "4", GATE_REGISTERED, EMPTY)).asRequired(),
            FieldSpec.options(BIND_TYPE, "passport.bindTypecd", FieldSpec.optionKeys("passport.bindTypecd.", "1", "2",
                    "3")).asRequired(),
            FieldSpec.options(Relations.TYPE, "passport.rltTbTypecd", FieldSpec.optionKeys("passport.rltTbTypecd.",
                    Relations.LIST, Relations.STOCK, Relations.BILL)),
            FieldSpec.text(Relations.NUMBERS, "passport.rltNo", 512),
            Elements.MASTER_CUSCD.asRequired(),
            FieldSpec.text("areainOriactNo", "passport.areainOriactNo", 64)),
            Party.AREAIN.fields(), Party.DCL.fields(),
            // the 录入单位 with its name, as SAS121 has it (InputCode, InputSccd, InputName): the 申报企业 when blank
            Party.INPUT.fields(f -> f.key().equals(Party.INPUT.code())
                    ? f.fills(Party.INPUT.creditCode(), Elements.INPUT_NAME.key()) : f),
            List.of(Elements.INPUT_NAME,
            FieldSpec.text("vehicleNo", "passport.vehicleNo", 128).asRequired(),
            FieldSpec.text("vehicleIcNo", "passport.vehicleIcNo", 128),
            FieldSpec.decimal(Weights.VEHICLE, Weights.label(Weights.VEHICLE), 5).asRequired(),
            FieldSpec.text("vehicleFrameNo", "passport.vehicleFrameNo", 256),
            FieldSpec.decimal(Weights.FRAME, Weights.label(Weights.FRAME), 5),
            FieldSpec.text("containerNo", "passport.containerNo", 128),
            FieldSpec.text("containerType", "passport.containerType", 256),
            FieldSpec.decimal(Weights.CONTAINER, Weights.label(Weights.CONTAINER), 5),
            FieldSpec.decimal(Weights.GROSS, Weights.label(Weights.GROSS), 5),
            FieldSpec.decimal(Weights.NET, Weights.label(Weights.NET), 5),
            FieldSpec.decimal(Weights.TOTAL, Weights.label(Weights.TOTAL), 5),
            FieldSpec.text("dclErConc", "passport.dclErConc", 512).asRequired(),
            FieldSpec.options("col1", "passport.col1", FieldSpec.optionKeys("passport.col1.", "1", "0")),
            FieldSpec.text("rmk", Elements.label("rmk"), 255),
            // what customs' receipts tell (not part of the message: SAS121 names every element it has)
            FieldSpec.options(STATE, "passport.stucd", FieldSpec.optionKeys("passport.stucd.", "0", "1", "2", "3",
                    "4", "5", CANCELLED)).asReadOnly(),
            FieldSpec.text("passTime", "passport.passTime", 19).asReadOnly(),
            FieldSpec.text("secdPassTime", "passport.secdPassTime", 19).asReadOnly(),
            FieldSpec.text(INSPECTION, "passport.dspsResult", 1).asReadOnly(),
            FieldSpec.text(INSPECTION_TIME, "passport.dspsTime", 19).asReadOnly()));

    /** A row of goods ({@code PassportList}): filled from the 核注清单 it names when the slip is bound to one. */
    private static final List<FieldSpec> COLUMNS = List.of(
            FieldSpec.integer("passportSeqNo", Elements.label("gdsSeqno"), 9),
            FieldSpec.integer("rltGdsSeqno", "passport.item.rltGdsSeqno", 9),
            Elements.GDS_MTNO,
            Elements.GDECD.fills(Elements.GDS_NM.key(), null, null, null),
            Elements.GDS_NM,
            Elements.DCL_UNITCD,
            Elements.DCL_QTY.asRequired(),
            FieldSpec.decimal("grossWt", "passport.item.grossWt", 5).asRequired(),
            FieldSpec.decimal("netWt", "passport.item.netWt", 5).asRequired(),
            FieldSpec.text("rmk", Elements.label("rmk"), 255));

    /** The 关联单证 as SAS121 writes them; the system makes them from the header. */
    private static final List<FieldSpec> RELATION_COLUMNS = List.of(
            FieldSpec.options("rtlBillTypecd", "passport.rltTbTypecd", FieldSpec.optionKeys("passport.rltTbTypecd.",
                    Relations.LIST, Relations.STOCK, Relations.BILL)).asReadOnly(),
            FieldSpec.text("rtlBillNo", "passport.rltNo", 64).asReadOnly());

    private static final List<ItemTab> TABS = List.of(
            new ItemTab(ITEMS, "passport.tab.items", "PassportList", COLUMNS, "passportSeqNo",
                    List.of("passportSeqNo")),
            new ItemTab(RELATIONS, "passport.tab.relations", "PassportAcmp", RELATION_COLUMNS, null, List.of())
                    .asDerived());

    private static final DocumentPage[] PAGES = {
        DocumentPage.entry("logistics/passport", LOGISTICS_ENTRY, 30, "passport.title"),
        DocumentPage.query("logistics/passport-query", LOGISTICS_QUERY, 95, "passport.query.title")};

    private final LedgerRegistry books;
    private final Relations relations;

    /** The one document service, looked up when a slip's 核注清单 is checked. */
    @Activate
    public PassportType(@Reference LedgerRegistry books, ComponentContext context) {
        this(books, () -> (DocumentService) context.locateService(DOCUMENTS));
    }

    /** @param documents the document service the slips' 核注清单 are asked of */
    PassportType(LedgerRegistry books, Supplier<DocumentService> documents) {
        super(new Description(ID, MESSAGES, "passport.title", PERMISSION, ImportLayout.SAS121, "SAS", ENTERPRISE,
                HEADER, TABS, null, "chgTmsCnt", PASSPORT_NO, null,
                List.of("ioTypecd", PASSPORT_TYPE, "vehicleNo", STATE)).withPages(PAGES));
        this.books = books;
        this.relations = new Relations(documents);
    }

    /**
     * The 关联单证 (their count by 绑定类型, their type implied by the 核放单类型, a 核注清单 approved for the 区内企业),
     * the weights, the 区内账册 of the 区内企业, and the 录入单位 (the 申报企业 when left blank).
     */
    @Override
    public void validateHeader(Map<String, String> header, Validator v) {
        if (!header.containsKey(Party.INPUT.code()) && header.containsKey(Party.DCL.code())) {
            header.put(Party.INPUT.code(), header.get(Party.DCL.code()));
            copy(header, Party.DCL.creditCode(), Party.INPUT.creditCode());
            copy(header, Party.DCL.title(), Elements.INPUT_NAME.key());
        }
        for (String key : new String[] {Party.INPUT.creditCode(), Elements.INPUT_NAME.key()}) {
            if (header.containsKey(Party.INPUT.code()) && !header.containsKey(key)) {
                v.error(key, "field.required", new Messages.Text(messages(), Elements.label(key)));
            }
        }
        relations.check(header, v);
        Weights.check(header, EMPTY.equals(header.get(PASSPORT_TYPE)), v);
        String ledgerNo = header.get("areainOriactNo");
        if (ledgerNo != null) {
            Optional<Ledger> ledger = books.ledger(ledgerNo);
            if (ledger.isEmpty()) {
                v.error("areainOriactNo", MESSAGES, "passport.areainOriactNo.unknown", ledgerNo);
            } else if (!ledger.get().enterpriseCode().equals(header.get(ENTERPRISE))) {
                v.error("areainOriactNo", MESSAGES, "passport.areainOriactNo.other", ledgerNo,
                        ledger.get().enterpriseCode());
            }
        }
    }

    private static void copy(Map<String, String> header, String from, String to) {
        if (header.containsKey(from)) {
            header.put(to, header.get(from));
        }
    }

    /** The 关联单证 tab: one row per number of the header. */
    @Override
    public Map<String, List<Map<String, String>>> deriveItems(Document document) {
        return Map.of(RELATIONS, Relations.rows(document.header()));
    }

    /**
     * A row of goods: an 空车 has none; its quantities and weights above zero; when the slip is bound to one 核注清单,
     * the 关联商品序号 names a row of it, which fills 料号, 商品编码, 名称 and 单位; else the clerk gives 名称, 编码 and 单位.
     */
    @Override
    public RowCheck rowCheck(String tab, Map<String, String> header, DocumentRows rows) {
        if (!ITEMS.equals(tab)) {
            return RowCheck.NONE;
        }
        if (EMPTY.equals(header.get(PASSPORT_TYPE))) {
            return (row, v) -> v.error("gdsNm", MESSAGES, "passport.items.empty");
        }
        List<String> numbers = Relations.numbers(header);
        Map<String, Map<String, String>> listRows = new HashMap<>();
        String listNo = Relations.LIST.equals(header.get(Relations.TYPE)) && numbers.size() == 1 ? numbers.get(0)
                : null;
        if (listNo != null) {
            relations.approvedList(listNo, header.get(ENTERPRISE)).ifPresent(l -> listRows.putAll(relations
                    .listRows(l)));
        }
        return (row, v) -> {
            String seq = row.get("rltGdsSeqno");
            if (listNo != null && seq != null) {
                Map<String, String> of = listRows.get(seq);
                if (of == null) {
                    v.error("rltGdsSeqno", MESSAGES, "passport.rltGdsSeqno.unknown", seq, listNo);
                    return;
                }
                for (String key : new String[] {"gdsMtno", "gdecd", "gdsNm", "dclUnitcd"}) {
                    if (!row.containsKey(key) && of.containsKey(key)) {
                        row.put(key, of.get(key));
                    }
                }
            }
            for (String key : new String[] {"gdecd", "gdsNm", "dclUnitcd"}) {
                if (!row.containsKey(key)) {
                    v.error(key, "field.required", new Messages.Text(messages(), Elements.label(key)));
                }
            }
            Weights.checkRow(row, v);
        };
    }

    /**
     * At 申报: an 空车 has no goods; the 关联单证 again (a list may have been withdrawn since the 暂存); a 作废 only of a
     * slip that has not passed the gate and is not cancelled already.
     */
    @Override
    public void validateDeclaration(Document doc, Validator v) {
        if (EMPTY.equals(doc.value(PASSPORT_TYPE)) && !doc.items(ITEMS).isEmpty()) {
            v.error(ITEMS, MESSAGES, "passport.items.empty");
        }
        relations.check(new HashMap<>(doc.header()), v);
        if (CANCEL.equals(doc.value(DCL_TYPE))) {
            String state = doc.value(STATE);
            if (PASSED.contains(state) || CANCELLED.equals(state)) {
                v.error(DCL_TYPE, MESSAGES, "passport.cancel.refused", doc.value(PASSPORT_NO),
                        new Messages.Key("passport.stucd." + state));
            }
        }
    }

    /** 变更 of an approved slip is its 作废申报: customs allows no 变更 of a 核放单. */
    @Override
    public void onChange(Map<String, String> header) {
        header.put(DCL_TYPE, CANCEL);
    }

    /** The 核放单编号 customs assigned; an approved 作废 is 已作废. */
    @Override
    public void onApproved(Map<String, String> header, Map<String, String> numbers, LocalDate date,
            boolean afterChange) {
        String no = numbers.get(PASSPORT_NO);
        if (no != null && !header.containsKey(PASSPORT_NO)) {
            header.put(PASSPORT_NO, no);
        }
        if (afterChange) {
            header.put(STATE, CANCELLED);
        }
    }

    /**
     * What customs' receipts tell of the slip, kept on it: the 核放单编号 (customs' copy, else the receipt's
     * {@code businessId} when it approves without a copy, as XA's 核放单审核回执), the 过卡状态 ({@code stucd}, never
     * back to an earlier one by a late receipt), the pass times of the one or two gates, and a 查验处置 (SAS224) with
     * its result and date. A receipt whose result the table does not know tells the slip nothing.
     */
    @Override
    public void onReceipt(Map<String, String> header, CustomsReceipt receipt) {
        if (!receipt.outcome().known()) {
            return; // a result whose meaning is not public (XA's SAS221 9): kept as received, the slip as it was
        }
        Optional<WireElement> copy = receipt.records().stream()
                .filter(r -> r.name().equals(ReceiptCopy.SAS_PASSPORT.element())).findFirst();
        if (!header.containsKey(PASSPORT_NO)) {
            DocumentEvent event = receipt.outcome().event();
            String no = copy.map(c -> c.text(PASSPORT_NO)).filter(s -> !s.isEmpty()).orElse(
                    event == DocumentEvent.APPROVE || event == DocumentEvent.RELEASE ? receipt.businessId() : "");
            if (!no.isEmpty()) {
                header.put(PASSPORT_NO, no);
            }
        }
        copy.ifPresent(c -> {
            String state = c.text(STATE);
            String now = header.getOrDefault(STATE, "");
            if (!state.isEmpty() && !CANCELLED.equals(now) && (now.isEmpty() || state.compareTo(now) >= 0)) {
                header.put(STATE, state);
            }
            for (String time : new String[] {"passTime", "secdPassTime"}) {
                if (!c.text(time).isEmpty()) {
                    header.put(time, c.text(time));
                }
            }
        });
        if (ReceiptType.SAS224.type().equals(receipt.messageType())) {
            header.put(INSPECTION, receipt.manageResult());
            receipt.approval().map(CustomsReceipt.Approval::manageDate).ifPresent(at -> header.put(INSPECTION_TIME,
                    LocalDateTime.ofInstant(at, ImportMessages.CUSTOMS_ZONE).format(CustomsReceipt.MANAGE_DATE)));
        }
    }
}
