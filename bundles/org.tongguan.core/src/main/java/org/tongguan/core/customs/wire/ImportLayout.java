package org.tongguan.core.customs.wire;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a document of one message type is written for the e-port client: the business message's root, its header
 * element, its row elements and the elements that close it ({@code OperCusRegCode}, {@code SysId}), each with the
 * element order of its source. Field keys become elements by {@link WireNames}; an element the order does not name
 * follows the named ones, in the order given.
 *
 * @param messageType e.g. {@code INV101}
 * @param root e.g. {@code InvtMessage}
 * @param head the header element, e.g. {@code InvtHeadType}, and its element order
 * @param rows the row elements in message order, e.g. {@code InvtListType}, each with its element order
 * @param closing the elements after the rows, e.g. {@code OperCusRegCode}, {@code SysId}
 * @param sampleProven whether a public sample of the import format shows this layout (docs/wire-formats.md), or it
 *        is derived by the same convention from customs' schemas
 */
public record ImportLayout(String messageType, String root, Part head, List<Part> rows, List<String> closing,
        boolean sampleProven) {
    public ImportLayout {
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(head, "head");
        rows = List.copyOf(rows);
        closing = List.copyOf(closing);
    }

    /** An element of the message holding fields, and the order its source writes them in. */
    public record Part(String element, List<String> order) {
        public Part {
            Objects.requireNonNull(element, "element");
            order = List.copyOf(order);
        }
    }

    /** 核注清单: element for element as data-interface 入区核注清单/Ibondinvt.xml (Xi'an e-port, 2019). */
    public static final ImportLayout INV101 = new ImportLayout("INV101", "InvtMessage",
            new Part("InvtHeadType", List.of(
                    // in GX inv101_models.go, not in the sample (it imports a new list): before the sample's first
                    "SeqNo", "BondInvtNo", "ChgTmsCnt", "DclTypecd",
                    // the sample's order
                    "PutrecNo", "EtpsInnerInvtNo", "BizopEtpsSccd", "BizopEtpsno", "BizopEtpsNm", "RcvgdEtpsno",
                    "RvsngdEtpsSccd", "RcvgdEtpsNm", "DclEtpsSccd", "DclEtpsno", "DclEtpsNm", "RltInvtNo",
                    "RltPutrecNo", "ImpexpPortcd", "DclPlcCuscd", "DclcusTypecd", "DecType", "ImpexpMarkcd",
                    "MtpckEndprdMarkcd", "SupvModecd", "TrspModecd", "DclcusFlag", "VrfdedMarkcd", "InputCode",
                    "InputName", "InputTime", "ListStat", "AddTime", "StshipTrsarvNatcd", "CorrEntryDclEtpsSccd",
                    "CorrEntryDclEtpsNo", "CorrEntryDclEtpsNm", "InvtType", "Rmk")),
            List.of(new Part("InvtListType", List.of("SeqNo", "PutrecSeqno", "GdsSeqno", "GdsMtno", "Gdecd", "GdsNm",
                    "GdsSpcfModelDesc", "DclUnitcd", "LawfUnitcd", "SecdLawfUnitcd", "Natcd", "DclUprcAmt",
                    "DclTotalAmt", "DclCurrcd", "LawfQty", "SecdLawfQty", "DclQty", "GrossWt", "NetWt", "UseCd",
                    "LvyrlfModecd", "EntryGdsSeqno", "DestinationNatcd", "ModfMarkcd"))),
            List.of("OperCusRegCode", "SysId"), true);

    /**
     * 企业资质 (derived): customs' entities of EMS101.xsd ({@code EtArcrpBsc}, {@code EtArcrpDt},
     * {@code EtArcrpAcmpFormDt}) in a {@code …Message} root as the public import formats have it.
     */
    public static final ImportLayout EMS101 = new ImportLayout("EMS101", "EtArcrpMessage",
            new Part("EtArcrpBsc", List.of("SeqNo", "EtArcrpNo", "ChgTmsCnt", "EtpsPreentNo")),
            List.of(new Part("EtArcrpDt", List.of()), new Part("EtArcrpAcmpFormDt", List.of())),
            List.of("OperCusRegCode"), false);

    /**
     * 加工贸易账册 (derived): header {@code EmsPutrecBsc} as EMS111.xsd; the rows as the production e-port names them
     * ({@code EmsPutrecImg} 料件, {@code EmsPutrecExg} 成品, {@code EmsPutrecCm} 单损耗), where the 2017 pilot schema
     * has one {@code EmsPutrecDt} and {@code EmsPutrecUcnsDt}.
     */
    public static final ImportLayout EMS111 = new ImportLayout("EMS111", "EmsPutrecMessage",
            new Part("EmsPutrecBsc", List.of("SeqNo", "EmsNo", "ChgTmsCnt", "EtpsPreentNo")),
            List.of(new Part("EmsPutrecImg", List.of()), new Part("EmsPutrecExg", List.of()),
                    new Part("EmsPutrecCm", List.of())),
            List.of("OperCusRegCode"), false);

    /** 报核 (derived): customs' entities of EMS121.xsd ({@code EmsChgoffBsc}, {@code EmsChgoffDt}). */
    public static final ImportLayout EMS121 = new ImportLayout("EMS121", "EmsChgoffMessage",
            new Part("EmsChgoffBsc", List.of("SeqNo", "EmsNo", "ChgoffTmsCnt", "EtpsPreentNo")),
            List.of(new Part("EmsChgoffInvtLt", List.of()), new Part("EmsChgoffDt", List.of())),
            List.of("OperCusRegCode"), false);

    private static final Map<String, ImportLayout> BY_TYPE = Map.of(INV101.messageType, INV101, EMS101.messageType,
            EMS101, EMS111.messageType, EMS111, EMS121.messageType, EMS121);

    /** The layout of a message type, if the product writes it. */
    public static Optional<ImportLayout> of(String messageType) {
        return Optional.ofNullable(BY_TYPE.get(messageType));
    }

    /**
     * The business message of one document.
     *
     * @param header field key → value, in the product's order (a blank value is written as an empty element, as the
     *        samples do)
     * @param rows row element → its rows (field key → value), for the row elements of this layout
     * @param closing closing element → value, e.g. {@code OperCusRegCode} (the card's 海关十位代码) and {@code SysId}
     * @throws IllegalArgumentException when {@code rows} names an element this layout has not
     */
    public WireElement message(Map<String, String> header, Map<String, List<Map<String, String>>> rows,
            Map<String, String> closing) {
        for (String element : rows.keySet()) {
            if (rows().stream().noneMatch(p -> p.element.equals(element))) {
                throw new IllegalArgumentException(messageType + " has no row element " + element);
            }
        }
        List<WireElement> content = new ArrayList<>();
        content.add(part(head, header));
        for (Part p : this.rows) {
            for (Map<String, String> row : rows.getOrDefault(p.element, List.of())) {
                content.add(part(p, row));
            }
        }
        for (String c : this.closing) {
            content.add(WireElement.leaf(c, closing.getOrDefault(c, "")));
        }
        return WireElement.of(root, content);
    }

    private WireElement part(Part p, Map<String, String> fields) {
        Map<String, String> byElement = new LinkedHashMap<>();
        fields.forEach((key, value) -> byElement.put(WireNames.element(messageType, key), value));
        List<String> names = new ArrayList<>(byElement.keySet());
        // stable: the named ones in the source's order, the others after them as given
        names.sort(Comparator.comparingInt(n -> {
            int i = p.order.indexOf(n);
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        List<WireElement> leaves = new ArrayList<>(names.size());
        for (String n : names) {
            leaves.add(WireElement.leaf(n, byElement.get(n)));
        }
        return WireElement.of(p.element, leaves);
    }
}
