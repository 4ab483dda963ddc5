package org.tongguan.passport.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.tongguan.core.Messages;
import org.tongguan.core.Validator;
import org.tongguan.core.customs.wire.ImportLayout;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentQuery;
import org.tongguan.core.declaration.DocumentService;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.DocumentSummary;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.security.UserContext;

/**
 * The 关联单证 of a 核放单 (DOMAIN-AREAS §3.1–§3.3): the numbers the clerk names in 关联单证编号 (several joined by
 * {@code \} as customs' receipts join them), how many the 绑定类型 allows, the type its 核放单类型 implies, and whether
 * each is what it says: a 核注清单 must be one of the 区内企业 that customs approved, asked of the one document service
 * as any 查询 would (the document type that declares {@code INV101}, whichever area installs it); an 出入库单 has
 * customs' number form ({@code X} + 关区 + I/E + date + 6, §0.6); a 提运单 is the carrier's number.
 */
final class Relations {
    static final String TYPE = "rltTbTypecd";
    static final String NUMBERS = "rltNo";
    /** 关联单证类型: 1 核注清单, 2 出入库单, 3 提运单. */
    static final String LIST = "1";
    static final String STOCK = "2";
    static final String BILL = "3";
    /** What customs' receipts join several numbers with. */
    static final String JOINER = "\\";
    private static final Pattern SEPARATORS = Pattern.compile("[\\\\,\\uFF0C;\\uFF1B/\\s]+");
    private static final Pattern STOCK_NO = Pattern.compile("X[0-9]{4}[IE][0-9]{12}");
    /** The 核注清单's rows as its message writes them. */
    private static final String LIST_ROW = "InvtListType";
    private static final UserContext SYSTEM = UserContext.system("passport");

    private final Supplier<DocumentService> documents;

    Relations(Supplier<DocumentService> documents) {
        this.documents = documents;
    }

    /** The numbers a header names, in order, each once. */
    static List<String> numbers(Map<String, String> header) {
        String joined = header.getOrDefault(NUMBERS, "");
        Set<String> numbers = new LinkedHashSet<>();
        for (String n : SEPARATORS.split(joined.strip())) {
            if (!n.isEmpty()) {
                numbers.add(n);
            }
        }
        return new ArrayList<>(numbers);
    }

    /**
     * The 关联单证类型 a 核放单类型 implies when the clerk gives none (the pilot's {@code initRltTbTypecd}): 1 先入区后报关
     * → 3 提运单, 2 一线一体化 and 3 二线 → 1 核注清单, 4 非报关 → 2 出入库单; 5 卡口登记 and 6 空车 none.
     */
    static Optional<String> implied(String passportType) {
        return Optional.ofNullable(switch (passportType == null ? "" : passportType) {
            case "1" -> BILL;
            case "2", "3" -> LIST;
            case "4" -> STOCK;
            default -> null;
        });
    }

    /**
     * Checks the header's 关联单证 and writes them as customs joins them: the type implied when blank; none for 卡口登记
     * and 空车; exactly one for 一票一车 and 一票多车, several for 一车多票; each number what its type says.
     */
    void check(Map<String, String> header, Validator v) {
        Messages m = PassportType.MESSAGES;
        String passportType = header.get(PassportType.PASSPORT_TYPE);
        boolean none = PassportType.GATE_REGISTERED.equals(passportType) || PassportType.EMPTY.equals(passportType);
        List<String> numbers = numbers(header);
        if (none) {
            if (header.containsKey(TYPE) || !numbers.isEmpty()) {
                v.error(numbers.isEmpty() ? TYPE : NUMBERS, m, "passport.rlt.none",
                        new Messages.Key("passport.passportTypecd." + passportType));
            }
            return;
        }
        if (!header.containsKey(TYPE)) {
            implied(passportType).ifPresent(t -> header.put(TYPE, t));
        }
        if (numbers.isEmpty()) {
            v.error(NUMBERS, "field.required", new Messages.Text(m, "passport.rltNo"));
            return;
        }
        header.put(NUMBERS, String.join(JOINER, numbers));
        String bind = header.get(PassportType.BIND_TYPE);
        if (("2".equals(bind) || "3".equals(bind)) && numbers.size() != 1) {
            v.error(NUMBERS, m, "passport.rlt.one", new Messages.Key("passport.bindTypecd." + bind), numbers.size());
        } else if ("1".equals(bind) && numbers.size() < 2) {
            v.error(NUMBERS, m, "passport.rlt.several", new Messages.Key("passport.bindTypecd." + bind));
        }
        String type = header.get(TYPE);
        for (String n : numbers) {
            if (n.length() > 64) {
                v.error(NUMBERS, m, "passport.rlt.tooLong", n, 64);
            } else if (STOCK.equals(type) && !STOCK_NO.matcher(n).matches()) {
                v.error(NUMBERS, m, "passport.rlt.stockNo", n);
            } else if (LIST.equals(type)) {
                String enterprise = header.get(PassportType.ENTERPRISE);
                if (listType().isEmpty()) {
                    v.error(NUMBERS, m, "passport.rlt.noLists", n);
                } else if (enterprise != null && approvedList(n, enterprise).isEmpty()) {
                    v.error(NUMBERS, m, "passport.rlt.list", n, enterprise);
                }
            }
        }
    }

    /** The document type that declares 核注清单 ({@code INV101}), if an area installs it. */
    Optional<DocumentType> listType() {
        DocumentService service = documents.get();
        return service == null ? Optional.empty() : service.types().stream()
                .filter(t -> t.messageType().equals(ImportLayout.INV101.messageType())).findFirst();
    }

    /** The 核注清单 of that number the enterprise's customs approved, as the document service has it. */
    Optional<Document> approvedList(String bondInvtNo, String enterprise) {
        Optional<DocumentType> lists = listType();
        if (lists.isEmpty()) {
            return Optional.empty();
        }
        DocumentService service = documents.get();
        List<DocumentSummary> found = service.query(SYSTEM, new DocumentQuery(lists.get().id(), enterprise,
                DocumentState.APPROVED, bondInvtNo, null, null, 0, 10));
        return found.stream().filter(s -> bondInvtNo.equals(s.businessNo())).findFirst()
                .map(s -> service.get(SYSTEM, s.id()));
    }

    /**
     * The rows of a 核注清单 by their 序号, as its message writes them (the field keys of the customs dictionary: 料号,
     * 商品编码, 名称, 申报计量单位 …).
     */
    Map<String, Map<String, String>> listRows(Document list) {
        Map<String, Map<String, String>> rows = new java.util.HashMap<>();
        listType().flatMap(t -> t.tabs().stream().filter(tab -> tab.rowElement().equals(LIST_ROW)).findFirst())
                .ifPresent(tab -> list.items(tab.key()).forEach(i -> rows.put(i.value("gdsSeqno"), i.values())));
        return rows;
    }

    /** The rows of the 关联单证 tab: one per number, of the header's type ({@code PassportAcmp}). */
    static List<Map<String, String>> rows(Map<String, String> header) {
        String type = header.getOrDefault(TYPE, "");
        return numbers(header).stream().map(n -> Map.of("rtlBillTypecd", type, "rtlBillNo", n)).toList();
    }
}
