package org.tongguan.core.customs;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.tongguan.core.io.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * 申请回执补发: the enterprise asks the e-port side to send again the receipts of one message it sent, because they
 * are overdue. It is a request to the e-port client, not a declaration: it is not signed, carries nothing of the
 * document and changes nothing at customs; answering it twice does no harm (the receipts come again with the content
 * they had, and a receipt already taken is taken once). One format for the side that writes it and the side that
 * answers it:
 * <pre>{@code
 * <ReceiptRequest>
 *   <BusinessId>QP0001</BusinessId>              (the answered message's envelope business_id)
 *   <MessageId>QP0001-1</MessageId>              (its envelope message_id: whose receipts are asked for)
 *   <FileName>EMS101_QP0001_1.xml</FileName>    (the file name it was sent under)
 *   <RequestedAt>2025-03-14T01:30:00Z</RequestedAt>
 * </ReceiptRequest>
 * }</pre>
 * sent as the file {@code ReceiptRequest_<message id>.xml} ({@link #requestFileName}).
 *
 * @param businessId the envelope's {@code business_id} of the message, not blank
 * @param messageId the envelope's {@code message_id} of the message, not blank
 * @param fileName the file name the message was sent under, not blank
 * @param requestedAt when the enterprise asked
 */
public record ReceiptRequest(String businessId, String messageId, String fileName, Instant requestedAt) {
    /** What the file name of a request starts with; no message of a business type does (they start with its type). */
    public static final String FILE_PREFIX = "ReceiptRequest_";
    private static final String ROOT = "ReceiptRequest";
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_.-]");
    private static final int MAX_STEM = 116 - FILE_PREFIX.length();

    public ReceiptRequest {
        for (String s : new String[] {businessId, messageId, fileName}) {
            if (s == null || s.isBlank()) {
                throw new IllegalArgumentException("a receipt request names business id, message id and file name");
            }
        }
        java.util.Objects.requireNonNull(requestedAt, "requestedAt");
    }

    /** Whether a file of the e-port folders is a request rather than a message. */
    public static boolean isRequest(String fileName) {
        return fileName.startsWith(FILE_PREFIX);
    }

    /** {@code ReceiptRequest_<message id>.xml}, the message id made a safe file name part. */
    public String requestFileName() {
        String stem = UNSAFE.matcher(messageId).replaceAll("_");
        return FILE_PREFIX + (stem.length() > MAX_STEM ? stem.substring(0, MAX_STEM) : stem) + ".xml";
    }

    public byte[] toXml() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + ROOT + ">\n  <BusinessId>" + escape(businessId)
                + "</BusinessId>\n  <MessageId>" + escape(messageId) + "</MessageId>\n  <FileName>" + escape(fileName)
                + "</FileName>\n  <RequestedAt>" + requestedAt + "</RequestedAt>\n</" + ROOT + ">\n").getBytes(UTF_8);
    }

    /**
     * The request in {@code xml}, parsed safely (no DOCTYPE, no entities).
     *
     * @throws IllegalArgumentException when it is not a well-formed request with every element
     */
    public static ReceiptRequest parse(byte[] xml) {
        try {
            Document d = SafeXml.parse(xml);
            Element root = d.getDocumentElement();
            if (!ROOT.equals(root.getLocalName())) {
                throw new IllegalArgumentException("not a " + ROOT + ": " + root.getLocalName());
            }
            return new ReceiptRequest(child(root, "BusinessId"), child(root, "MessageId"), child(root, "FileName"),
                    Instant.parse(child(root, "RequestedAt")));
        } catch (SAXException | IOException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a well-formed " + ROOT + ": " + e.getMessage(), e);
        }
    }

    private static String child(Element root, String name) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e.getTextContent().trim();
            }
        }
        throw new IllegalArgumentException("a " + ROOT + " without " + name);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
