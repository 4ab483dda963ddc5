package org.tongguan.core.customs.wire;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.tongguan.core.customs.EnvelopeInfo;

/**
 * Messages as the e-port client imports them (data-interface 入区核注清单/Ibondinvt.xml):
 *
 * <pre>{@code
 * <Signature>
 *     <SignedInfo>CanonicalizationMethod, SignatureMethod, Reference (DigestMethod, DigestValue)</SignedInfo>
 *     <SignatureValue/>
 *     <KeyInfo><KeyName>card number</KeyName></KeyInfo>
 *     <Object Id="String">
 *         <Package>
 *             <EnvelopInfo>version, message_id, file_name, message_type, sender_id, receiver_id, send_time,
 *                 Ic_Card</EnvelopInfo>
 *             <DataInfo>(SAS: PocketInfo is_unstructured 1)<BussinessData>the business message,
 *                 DelcareFlag</BussinessData></DataInfo>
 *         </Package>
 *     </Object>
 * </Signature>
 * }</pre>
 *
 * In the mode where the e-port client signs, the product writes this skeleton: the algorithms and placeholders as
 * the sample has them, digest and signature value empty, the card number as {@code KeyName} and {@code Ic_Card};
 * the client signs with the card when it takes the file. {@code business_id} is written only when there is one (the
 * import sample has none). The misspellings {@code EnvelopInfo}, {@code BussinessData}, {@code DelcareFlag} are
 * customs'.
 */
public final class ImportMessages {
    /**
     * The family whose import carries {@code DataInfo/PocketInfo} with {@code is_unstructured} 1 before the business
     * data, as XA's 核放单 samples (Ipassport.xml, Epassport.xml) have it; its 核注清单 sample (INV) has none.
     */
    static final String SAS = "SAS";
    /** {@code DelcareFlag} 0: 暂存. */
    public static final String STAGE = "0";
    /** {@code DelcareFlag} 1: 申报. */
    public static final String DECLARE = "1";
    /** Beijing time: what {@code send_time} is written in. */
    public static final ZoneId CUSTOMS_ZONE = ZoneId.of("Asia/Shanghai");
    /** {@code send_time}: {@code yyyy-MM-ddTHH:mm:ss}, Beijing time (import and receipts alike). */
    static final DateTimeFormatter SEND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private ImportMessages() {
    }

    /**
     * The skeleton the e-port client signs, around {@code business}.
     *
     * @param icCard the card number the client signs with ({@code KeyName}, {@code Ic_Card})
     * @param declareFlag {@link #STAGE} or {@link #DECLARE}
     * @throws IllegalArgumentException when the flag is neither or there is no card number
     */
    public static byte[] skeleton(EnvelopeInfo info, String icCard, String declareFlag, WireElement business) {
        if (icCard == null || icCard.isBlank()) {
            throw new IllegalArgumentException("no card number");
        }
        StringBuilder out = new StringBuilder(8192).append(WireXml.DECLARATION).append("<Signature>\n");
        out.append("    <SignedInfo>\n")
                .append("        <CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>\n")
                .append("        <SignatureMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#rsa-sha1\"/>\n")
                .append("        <Reference URI=\"String\">\n")
                .append("            <DigestMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#sha1\"/>\n")
                .append("            <DigestValue/>\n")
                .append("        </Reference>\n")
                .append("    </SignedInfo>\n")
                .append("    <SignatureValue/>\n")
                .append("    <KeyInfo>\n");
        WireXml.leaf(out, 2, "KeyName", icCard);
        out.append("    </KeyInfo>\n    <Object Id=\"String\">\n");
        packageElement(out, 2, info, icCard, declareFlag, business);
        out.append("    </Object>\n</Signature>\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The business message alone, as the {@code Package} holds it: UTF-8 without an XML declaration, each element on
     * its own line, empty elements written out and text escaped as canonical XML has them, so that it is its own
     * canonical form ({@link org.tongguan.core.customs.Envelopes#sealCanonical} digests it as written).
     */
    public static byte[] canonical(WireElement business) {
        StringBuilder out = new StringBuilder(4096);
        WireXml.write(out, business, 0);
        out.setLength(out.length() - 1); // the line end after the root is outside it
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The {@code Package} element at {@code depth}: envelope info and business data. */
    static void packageElement(StringBuilder out, int depth, EnvelopeInfo info, String icCard, String declareFlag,
            WireElement business) {
        if (!STAGE.equals(declareFlag) && !DECLARE.equals(declareFlag)) {
            throw new IllegalArgumentException("DelcareFlag must be 0 (暂存) or 1 (申报): " + declareFlag);
        }
        String in = "    ".repeat(depth);
        out.append(in).append("<Package>\n").append(in).append("    <EnvelopInfo>\n");
        WireXml.leaf(out, depth + 2, "version", info.version());
        if (!info.businessId().isBlank()) {
            WireXml.leaf(out, depth + 2, "business_id", info.businessId());
        }
        WireXml.leaf(out, depth + 2, "message_id", info.messageId());
        WireXml.leaf(out, depth + 2, "file_name", info.fileName());
        WireXml.leaf(out, depth + 2, "message_type", info.messageType());
        WireXml.leaf(out, depth + 2, "sender_id", info.senderId());
        WireXml.leaf(out, depth + 2, "receiver_id", info.receiverId());
        WireXml.leaf(out, depth + 2, "send_time",
                LocalDateTime.ofInstant(info.sendTime(), CUSTOMS_ZONE).format(SEND_TIME));
        WireXml.leaf(out, depth + 2, "Ic_Card", icCard);
        out.append(in).append("    </EnvelopInfo>\n").append(in).append("    <DataInfo>\n");
        if (info.messageType().startsWith(SAS)) {
            out.append(in).append("        <PocketInfo>\n");
            WireXml.leaf(out, depth + 3, "is_unstructured", "1");
            out.append(in).append("        </PocketInfo>\n");
        }
        out.append(in).append("        <BussinessData>\n");
        WireXml.write(out, business, depth + 3);
        WireXml.leaf(out, depth + 3, "DelcareFlag", declareFlag);
        out.append(in).append("        </BussinessData>\n").append(in).append("    </DataInfo>\n").append(in)
                .append("</Package>\n");
    }
}
