package org.tongguan.stock.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.Messages;
import org.tongguan.core.Validator;
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
import org.tongguan.ledger.Ledger;
import org.tongguan.ledger.LedgerItem;
import org.tongguan.ledger.LedgerMenus;
import org.tongguan.ledger.LedgerRegistry;
import org.tongguan.ledger.LedgerTexts;
import org.tongguan.ledger.Mark;
import org.tongguan.ledger.MovementBook;
import org.tongguan.stock.internal.book.DclBook;

/**
 * 业务申报表 (SAS101, {@link ImportLayout#SAS101}; DOMAIN-AREAS.md §1): what a bonded warehouse or zone enterprise asks
 * customs to allow (业务类型 A 分送集报 … Y, 货物流向 入区/出区, 有效期) with the goods and quantities; customs' approval
 * brings the 申报表编号 (SAS201 {@code SasDclBsc/sasDclNo}) and makes the rows what the 出入库单 under it may take
 * ({@link DclBook}). A row's 底账商品序号 names a row of the 区内账册 when one is given, which fills it. 变更 of an
 * approved form (申报类型 2) may not cut a row below what 出入库单 already take, nor delete such a row.
 */
@Component(service = DocumentType.class, property = "document.type=" + SasDclType.ID)
public class SasDclType extends AbstractDocumentType {
    public static final String ID = "sasdcl";
    public static final String PERMISSION = "stock.dcl";
    public static final String ITEMS = DclBook.ITEMS;
    static final Messages MESSAGES = DclBook.MESSAGES;
    private static final ZoneId CUSTOMS_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    /** 业务类型 (WL sasbl.js BAPPL_BIZTYPE; the PHP rule in:A,B,C,D,E,F,G,H,Y). */
    static final String[] BUSINESS_TYPES = {"A", "B", "C", "D", "E", "F", "G", "H", "Y"};
    /** 简单加工: the pilot's form has no 货物流向 for it. */
    private static final String SIMPLE_PROCESSING = "G";
    /** 保税展示交易: it names where the goods are shown. */
    private static final String EXHIBITION = "C";

    private static final List<FieldSpec> HEADER = Elements.of(List.of(Elements.SEQ_NO,
            FieldSpec.text("sasDclNo", "sas.sasDclNo", 64).asReadOnly(),
            Elements.MASTER_CUSCD.asRequired(),
            FieldSpec.options("dclTypecd", "sas.dclTypecd", FieldSpec.optionKeys("sas.dclTypecd.", "1", "2", "3"))
                    .asReadOnly().defaultValue("1"),
            FieldSpec.options("businessTypecd", "sas.businessTypecd",
                    FieldSpec.optionKeys("sas.businessTypecd.", BUSINESS_TYPES)).asRequired(),
            FieldSpec.options("directionTypecd", "sas.directionTypecd",
                    FieldSpec.optionKeys("sas.directionTypecd.", "I", "E")),
            FieldSpec.text("areainOriactNo", "sas.areainOriactNo", 64),
            FieldSpec.text("areaoutOriactNo", "sas.areaoutOriactNo", 64)),
            Party.AREAIN.fields(),
            List.of(FieldSpec.enterprise("areaoutEtpsno", "sas.areaoutEtpsno").fills("areaoutEtpsSccd", "areaoutEtpsNm"),
                    FieldSpec.creditCode("areaoutEtpsSccd", "sas.areaoutEtpsSccd"),
                    FieldSpec.text("areaoutEtpsNm", "sas.areaoutEtpsNm", 512),
                    FieldSpec.text("dpstLevyBlNo", "sas.dpstLevyBlNo", 64),
                    FieldSpec.date("validTime", "sas.validTime").asRequired(),
                    FieldSpec.text("exhibitionPlace", "sas.exhibitionPlace", 512),
                    FieldSpec.text("dclEr", "sas.dclEr", 256).asRequired()),
            Party.DCL.fields(), SasFields.inputParty(), List.of(
            FieldSpec.options("mtpckEndprdTypecd", "sas.mtpckEndprdTypecd",
                    FieldSpec.optionKeys("sas.mtpckEndprdTypecd.", "I", "E", "R")).asRequired(),
            Elements.RMK,
            FieldSpec.options("col1", "sas.col1", FieldSpec.optionKeys("sas.yes.", "1")),
            FieldSpec.options("freeDomestic", "sas.freeDomestic", FieldSpec.optionKeys("sas.yes.", "Y"))));

    /** A row: the dictionary's commodity elements as AppGoods lists them. */
    private static final List<FieldSpec> COLUMNS = List.of(
            Elements.GDS_SEQNO,
            FieldSpec.integer("oriactGdsSeqno", "sas.item.oriactGdsSeqno", 19).asRequired(),
            FieldSpec.options("mtpckEndprdTypecd", "sas.mtpckEndprdTypecd",
                    FieldSpec.optionKeys("sas.mtpckEndprdTypecd.", "I", "E", "R")).asRequired(),
            Elements.GDS_MTNO.asRequired(),
            Elements.GDECD.asRequired(),
            Elements.GDS_NM.asRequired(),
            Elements.GDS_SPCF_MODEL_DESC.asRequired().maxLength(255),
            // what the 出入库单 under the form may take: required, though the field list leaves it optional
            Elements.DCL_QTY.asRequired(),
            Elements.DCL_UNITCD.asRequired(),
            Elements.LAWF_UNITCD.asRequired(),
            Elements.SECD_LAWF_UNITCD,
            Elements.DCL_UPRC_AMT,
            Elements.DCL_TOTAL_AMT,
            Elements.DCL_CURRCD,
            FieldSpec.text("licenceNo", "sas.item.licenceNo", 64),
            FieldSpec.date("licenceValidTime", "sas.item.licenceValidTime"),
            FieldSpec.text("gdsMarkcd", "sas.item.gdsMarkcd", 4),
            FieldSpec.text("gdsRmk", "sas.item.gdsRmk", 512),
            Elements.RMK,
            Elements.MODF_MARKCD);

    private static final List<ItemTab> TABS = List.of(
            new ItemTab(ITEMS, "sas.tab.items", "AppGoods", COLUMNS, "gdsSeqno", List.of("gdsSeqno"))
                    .withMarks("modfMarkcd"));

    private final DclBook book;
    private final LedgerRegistry books;
    private final Clock clock;

    @Activate
    public SasDclType(@Reference DclBook book, @Reference LedgerRegistry books) {
        this(book, books, Clock.systemUTC());
    }

    public SasDclType(DclBook book, LedgerRegistry books, Clock clock) {
        super(new Description(ID, MESSAGES, "sas.title", PERMISSION, ImportLayout.SAS101, "SAS", "areainEtpsno",
                HEADER, TABS, "inputTime", "chgTmsCnt", "sasDclNo", null,
                List.of("sasDclNo", "businessTypecd", "directionTypecd"))
                .withPages(DocumentPage.entry("logistics/sas-dcl", LedgerMenus.LOGISTICS_ENTRY, 20, "sas.title"),
                        DocumentPage.query("logistics/sas-dcl-query", LedgerMenus.LOGISTICS_QUERY, 20,
                                "sas.query.title")));
        this.book = book;
        this.books = books;
        this.clock = clock;
    }

    /**
     * 货物流向 for every 业务类型 but 简单加工; 展示地 for 保税展示交易; 有效期 not before today; a 区内账册 given is an
     * approved ledger of the 区内企业.
     */
    @Override
    public void validateHeader(Map<String, String> header, Validator v) {
        String business = header.get("businessTypecd");
        if (business != null && !SIMPLE_PROCESSING.equals(business) && !header.containsKey("directionTypecd")) {
            v.error("directionTypecd", MESSAGES, "sas.directionTypecd.required",
                    new Messages.Key("sas.businessTypecd." + business));
        }
        if (EXHIBITION.equals(business) && !header.containsKey("exhibitionPlace")) {
            v.error("exhibitionPlace", MESSAGES, "sas.exhibitionPlace.required");
        }
        String valid = header.get("validTime");
        LocalDate today = LocalDate.now(clock.withZone(CUSTOMS_ZONE));
        if (valid != null && LocalDate.parse(valid, BASIC).isBefore(today)) {
            v.error("validTime", MESSAGES, "sas.validTime.past", LocalDate.parse(valid, BASIC).toString(),
                    today.toString());
        }
        String ledger = header.get("areainOriactNo");
        if (ledger != null) {
            Optional<Ledger> found = books.ledger(ledger);
            if (found.isEmpty()) {
                v.error("areainOriactNo", LedgerTexts.MESSAGES, "ledger.number.unknown", ledger);
            } else if (header.get("areainEtpsno") != null
                    && !found.get().enterpriseCode().equals(header.get("areainEtpsno"))) {
                v.error("areainOriactNo", MESSAGES, "sas.areainOriactNo.otherEnterprise", ledger,
                        found.get().enterpriseCode());
            }
        }
    }

    /** With a 区内账册, a row's 底账商品序号 names its 料件 or 成品 (a 物流账册's 商品), which fills 料号, 编码, 名称 and units. */
    @Override
    public RowCheck rowCheck(String tab, Map<String, String> header, DocumentRows rows) {
        String ledger = header.get("areainOriactNo");
        Optional<MovementBook> found = ledger == null ? Optional.empty() : books.book(ledger);
        if (found.isEmpty()) {
            return RowCheck.NONE;
        }
        return (row, v) -> {
            Optional<Mark> mark = Mark.of(row.get("mtpckEndprdTypecd"));
            if (mark.isEmpty()) {
                return; // 边角料 R has no row of its own in the ledger
            }
            Optional<LedgerItem> item = found.get().item(ledger, mark.get(), Long.parseLong(row.get("oriactGdsSeqno")));
            if (item.isEmpty()) {
                v.error("oriactGdsSeqno", MESSAGES, "sas.oriactGdsSeqno.unknown", row.get("oriactGdsSeqno"), ledger);
            } else {
                item.get().fill(row);
            }
        };
    }

    /**
     * At 申报: at least one row; a 变更 deletes no row 出入库单 take from and cuts none below what they take.
     */
    @Override
    public void validateDeclaration(Document doc, Validator v) {
        ItemTab items = TABS.get(0);
        if (doc.items(ITEMS).stream().allMatch(i -> items.deleted(i.values()))) {
            v.error(ITEMS, MESSAGES, "sas.items.required");
        }
        String number = doc.value("sasDclNo");
        if (number.isEmpty()) {
            return;
        }
        Map<Long, BigDecimal> held = book.held(number);
        for (Document.Item i : doc.items(ITEMS)) {
            BigDecimal taken = held.get(Long.parseLong(i.value("gdsSeqno")));
            if (taken == null || taken.signum() == 0) {
                continue;
            }
            if (items.deleted(i.values())) {
                v.error(ITEMS + ".gdsSeqno", MESSAGES, "sas.delete.used", i.value("gdsSeqno"), i.value("gdsMtno"));
            } else if (new BigDecimal(i.value("dclQty")).compareTo(taken) < 0) {
                v.error(ITEMS + ".dclQty", MESSAGES, "sas.qty.belowTaken", i.value("gdsSeqno"), i.value("gdsMtno"),
                        LedgerTexts.plain(taken));
            }
        }
    }

    @Override
    public void onChange(Map<String, String> header) {
        header.put("dclTypecd", "2");
    }

    /** The 申报表编号 customs assigns at the first approval. */
    @Override
    public void onApproved(Map<String, String> header, Map<String, String> numbers, LocalDate date,
            boolean afterChange) {
        String number = numbers.get("sasDclNo");
        if (number != null && !header.containsKey("sasDclNo")) {
            header.put("sasDclNo", number);
        }
    }

    @Override
    public boolean observesEvents() {
        return true;
    }

    /** Approved: its rows are what the 出入库单 under it take from. */
    @Override
    public void after(Document doc, DocumentEvent event, DocumentState from) {
        if (event == DocumentEvent.APPROVE && !doc.value("sasDclNo").isEmpty()) {
            book.project(doc, doc.value("sasDclNo"), LocalDate.now(clock.withZone(CUSTOMS_ZONE)));
        }
    }
}
