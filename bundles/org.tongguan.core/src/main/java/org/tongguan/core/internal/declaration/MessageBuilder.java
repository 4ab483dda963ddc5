package org.tongguan.core.internal.declaration;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongguan.core.customs.wire.ImportLayout;
import org.tongguan.core.customs.wire.ImportMessages;
import org.tongguan.core.customs.wire.WireElement;
import org.tongguan.core.customs.wire.WireNames;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.FieldKind;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.declaration.ItemTab;

/**
 * The business message of a document as the e-port client imports it (docs/wire-formats.md), through its type's
 * {@link ImportLayout}: every header field (blank ones as empty elements, dates {@code yyyyMMdd}), the rows of each
 * tab as its {@link ItemTab#rowElement()}, the uploaded 随附单据 as the layout's attachment rows, then
 * {@code OperCusRegCode} (the card's 海关十位代码) and what else closes the message (INV101 {@code SysId}). The
 * 企业内部编号 ({@link ImportLayout#innerNo()}) is the clerk's when entered, else the document's own number.
 *
 * <pre>{@code
 * <InvtMessage>
 *     <InvtHeadType><SeqNo></SeqNo>…<EtpsInnerInvtNo>INVT6101940123000007</EtpsInnerInvtNo>…</InvtHeadType>
 *     <InvtListType><PutrecSeqno>1</PutrecSeqno><GdsSeqno>1</GdsSeqno>…</InvtListType>
 *     <OperCusRegCode>6101940123</OperCusRegCode>
 *     <SysId>Z8</SysId>
 * </InvtMessage>
 * }</pre>
 */
final class MessageBuilder {
    private MessageBuilder() {
    }

    private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            .getBytes(StandardCharsets.UTF_8);

    /**
     * The message as a document of its own (to be read): XML declaration, the {@link #element}, a line end; the
     * {@code OperCusRegCode} is the document's enterprise's (the card that declares it must be of that enterprise).
     */
    static byte[] build(DocumentType type, Document doc) {
        byte[] element = element(type, doc, doc.enterpriseCode());
        byte[] document = java.util.Arrays.copyOf(DECLARATION, DECLARATION.length + element.length + 1);
        System.arraycopy(element, 0, document, DECLARATION.length, element.length);
        document[document.length - 1] = '\n';
        return document;
    }

    /**
     * The message's root element in canonical XML (inclusive, without comments): what is written is what is digested
     * when it is sealed ({@link org.tongguan.core.customs.Envelopes#sealCanonical}).
     *
     * @param operCusRegCode the 海关十位代码 of the card that declares it
     */
    static byte[] element(DocumentType type, Document doc, String operCusRegCode) {
        return ImportMessages.canonical(message(type, doc, operCusRegCode));
    }

    /** The message as wire elements. */
    static WireElement message(DocumentType type, Document doc, String operCusRegCode) {
        ImportLayout layout = type.layout();
        Map<String, String> header = fields(type.header(), doc.header());
        String inner = layout.innerNoKey();
        String entered = header.get(inner);
        if (entered == null || entered.isBlank()) {
            header.put(inner, doc.etpsPreentNo());
        }
        Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
        for (ItemTab tab : type.tabs()) {
            List<Map<String, String>> into = rows.computeIfAbsent(tab.rowElement(), e -> new ArrayList<>());
            for (Document.Item item : doc.items(tab.key())) {
                Map<String, String> row = fields(tab.columns(), item.values());
                row.putAll(tab.rowFields());
                into.add(row);
            }
        }
        if (type.attachments().accepted()) {
            List<Map<String, String>> into = rows.computeIfAbsent(layout.attachments(), e -> new ArrayList<>());
            int seq = 0;
            for (Document.Attachment a : doc.attachments()) {
                if (a.status() == Document.AttachmentStatus.UPLOADED) {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("acmpFormSeqno", Integer.toString(++seq));
                    row.put("acmpFormTypecd", a.kind());
                    row.put("acmpFormNo", a.number());
                    row.put("acmpFormFileNm", a.fileName());
                    into.add(row);
                }
            }
        }
        Map<String, String> closing = new HashMap<>();
        closing.put(ImportLayout.OPER_CUS_REG_CODE, operCusRegCode);
        return layout.message(header, rows, closing);
    }

    /** Every field of {@code specs}, in order: its value (blank as ""), a date as the import writes it. */
    private static Map<String, String> fields(List<FieldSpec> specs, Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldSpec f : specs) {
            String v = values.get(f.key());
            out.put(f.key(), v == null ? "" : f.kind() == FieldKind.DATE ? WireNames.importDate(v) : v);
        }
        return out;
    }
}
