package org.tongguan.core.internal.declaration;

import java.nio.charset.StandardCharsets;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.declaration.ItemTab;

/**
 * The business message of a document, from its type's description: the header's fields as elements of
 * {@link DocumentType#headerElement()} (with {@code etpsPreentNo}, the 企业内部编号), each tab as an element of rows,
 * and the uploaded 随附单据 as {@code AcmpFormList}. Blank values are left out; element names are the field keys.
 *
 * <pre>{@code
 * <QyzzMessage>
 *   <Head><etpsPreentNo>QYZZ0000000050</etpsPreentNo><bizopEtpsno>6101230001</bizopEtpsno>…</Head>
 *   <mtpck><Item><gdsSeqno>1</gdsSeqno>…</Item>…</mtpck>
 *   <AcmpFormList><AcmpForm><acmpFormTypecd>…</acmpFormTypecd>…</AcmpForm></AcmpFormList>
 * </QyzzMessage>
 * }</pre>
 */
final class MessageBuilder {
    static final String PREENT_NO = "etpsPreentNo";

    private MessageBuilder() {
    }

    private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            .getBytes(StandardCharsets.UTF_8);

    /** The message as a document of its own: XML declaration, the {@link #element}, a line end. */
    static byte[] build(DocumentType type, Document doc) {
        byte[] element = element(type, doc);
        byte[] document = java.util.Arrays.copyOf(DECLARATION, DECLARATION.length + element.length + 1);
        System.arraycopy(element, 0, document, DECLARATION.length, element.length);
        document[document.length - 1] = '\n';
        return document;
    }

    /**
     * The message's root element in canonical XML (inclusive, without comments): what is written is what is digested
     * when it is sealed ({@link org.tongguan.core.customs.Envelopes#sealCanonical}). No attributes, no empty
     * elements (blank values are left out), text escaped as canonical XML escapes it.
     */
    static byte[] element(DocumentType type, Document doc) {
        StringBuilder x = new StringBuilder(4096);
        x.append('<').append(type.messageRoot()).append(">\n");
        x.append("  <").append(type.headerElement()).append('>');
        element(x, PREENT_NO, doc.etpsPreentNo());
        for (FieldSpec f : type.header()) {
            if (!PREENT_NO.equals(f.key())) {
                element(x, f.key(), doc.value(f.key()));
            }
        }
        x.append("</").append(type.headerElement()).append(">\n");
        for (ItemTab tab : type.tabs()) {
            x.append("  <").append(tab.key()).append('>');
            for (Document.Item item : doc.items(tab.key())) {
                x.append("\n    <").append(tab.itemElement()).append('>');
                for (FieldSpec c : tab.columns()) {
                    element(x, c.key(), item.value(c.key()));
                }
                x.append("</").append(tab.itemElement()).append('>');
            }
            x.append("\n  </").append(tab.key()).append(">\n");
        }
        if (type.attachments().accepted()) {
            x.append("  <AcmpFormList>");
            for (Document.Attachment a : doc.attachments()) {
                if (a.status() == Document.AttachmentStatus.UPLOADED) {
                    x.append("\n    <AcmpForm>");
                    element(x, "acmpFormTypecd", a.kind());
                    element(x, "acmpFormNo", a.number());
                    element(x, "acmpFormFileNm", a.fileName());
                    element(x, "fileSize", Long.toString(a.size()));
                    element(x, "sha256", a.sha256());
                    x.append("</AcmpForm>");
                }
            }
            x.append("\n  </AcmpFormList>\n");
        }
        x.append("</").append(type.messageRoot()).append('>');
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void element(StringBuilder x, String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        x.append('<').append(name).append('>');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> x.append("&lt;");
                case '>' -> x.append("&gt;");
                case '&' -> x.append("&amp;");
                case '\r' -> x.append("&#xD;"); // a raw CR would reach customs as a newline
                default -> {
                    // XML 1.0 characters only: no other controls, no U+FFFE / U+FFFF
                    if ((c >= 0x20 && c != 0xFFFE && c != 0xFFFF) || c == '\t' || c == '\n') {
                        x.append(c);
                    }
                }
            }
        }
        x.append("</").append(name).append('>');
    }
}
