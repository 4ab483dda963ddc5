package org.tongguan.core.customs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.io.SafeXml;

/**
 * The signed envelope customs expects around every business message:
 *
 * <pre>{@code
 * <?xml version="1.0" encoding="UTF-8"?>
 * <Signature>
 *   <SignedInfo>
 *     <CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/>
 *     <SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sm2-sm3"/>
 *     <Reference URI="#package">
 *       <DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sm3"/>
 *       <DigestValue>base64 SM3 of the canonical Object element</DigestValue>
 *     </Reference>
 *   </SignedInfo>
 *   <SignatureValue>base64 SM2 signature of the canonical SignedInfo element</SignatureValue>
 *   <KeyInfo><KeyName>card number</KeyName></KeyInfo>
 *   <Object Id="package">
 *     <Package>
 *       <EnvelopInfo>version, business_id, message_id, file_name, message_type, sender_id, receiver_id,
 *         send_time (yyyy-MM-dd'T'HH:mm:ss, Beijing time), Ic_Card (the card number)</EnvelopInfo>
 *       <DataInfo><BussinessData>the business message<DelcareFlag>0 暂存 / 1 申报</DelcareFlag></BussinessData></DataInfo>
 *     </Package>
 *   </Object>
 * </Signature>
 * }</pre>
 *
 * The {@code Package} is laid out as the e-port client's import format (docs/wire-formats.md, sample Ibondinvt.xml:
 * {@code Ic_Card} last in {@code EnvelopInfo}, {@code DelcareFlag} after the business message); {@code business_id}
 * is the product's addition, which the receipts of the simulator echo.
 * The misspellings {@code EnvelopInfo}, {@code BussinessData} and {@code DelcareFlag} are what customs expects. The
 * envelope elements are in no namespace. Digest and signature are computed over the inclusive canonical XML 1.0 form
 * (without comments) of the element, as a subtree of the envelope (see {@link CanonicalXml}); the whitespace that
 * indents the envelope is part of the signed content. Sealing writes the {@code Object} in canonical form, so it is
 * digested as written; opening reads the envelope once as a stream and renders the canonical forms on the way.
 * Parsing refuses DOCTYPE declarations (and so every entity and external resource).
 */
public final class Envelopes {
    /** {@code DelcareFlag} 0: 暂存, stored by customs without declaring. */
    public static final String STAGE = "0";
    /** {@code DelcareFlag} 1: 申报, declared. */
    public static final String DECLARE = "1";
    /** The {@code CanonicalizationMethod}: inclusive canonical XML 1.0 without comments. */
    public static final String CANONICALIZATION_METHOD = CanonicalizationMethod.INCLUSIVE;
    /** The {@code Id} of the signed {@code Object}. */
    public static final String PACKAGE_ID = "package";
    /** The time zone of {@code send_time}. */
    public static final ZoneId CUSTOMS_ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter SEND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String INDENT = "  ";
    private Envelopes() {
    }

    /**
     * Builds the envelope around {@code businessXml} and signs it with the card {@code cardNo}. The business message
     * goes into the envelope in its canonical form (the same XML, with empty elements written out and CDATA as
     * escaped text), so that the envelope's {@code Object} is written already canonical and is digested as written.
     *
     * @param declareFlag {@link #STAGE} or {@link #DECLARE}
     * @param businessXml the business message, an XML document (its root element goes into {@code BussinessData})
     * @return the envelope, UTF-8 with an XML declaration
     * @throws RuleViolation from {@link Signer#sign}: {@code signing.unknownCard}, {@code signing.wrongPin}
     * @throws IllegalArgumentException when the declare flag is not 0 or 1 or the business message is not
     *         well-formed XML
     */
    public static byte[] seal(Signer signer, String cardNo, char[] pin, EnvelopeInfo info, String declareFlag,
            byte[] businessXml) {
        byte[] business;
        try {
            business = CanonicalXml.ofDocumentElement(businessXml);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("the business message is not well-formed XML: " + e.getMessage(), e);
        }
        return sealCanonical(signer, cardNo, pin, info, declareFlag, business);
    }

    /**
     * As {@link #seal}, for a business message given as its root element already in canonical form (UTF-8, no XML
     * declaration), as a message builder that writes canonical XML makes it: it goes into the envelope as given,
     * without being parsed again. Input that is not canonical makes an envelope whose digest the receiver cannot
     * confirm.
     */
    public static byte[] sealCanonical(Signer signer, String cardNo, char[] pin, EnvelopeInfo info,
            String declareFlag, byte[] business) {
        if (!STAGE.equals(declareFlag) && !DECLARE.equals(declareFlag)) {
            throw new IllegalArgumentException("DelcareFlag must be 0 (暂存) or 1 (申报): " + declareFlag);
        }
        if (cardNo == null || cardNo.isBlank()) {
            throw new IllegalArgumentException("no card number");
        }
        // the Object, canonical as written: the indentation is part of it
        ByteArrayOutputStream object = new ByteArrayOutputStream(business.length + 1024);
        StringBuilder head = new StringBuilder(512);
        head.append("<Object Id=\"").append(PACKAGE_ID).append("\">").append(indent(2)).append("<Package>")
                .append(indent(3)).append("<EnvelopInfo>");
        leaf(head, 4, "version", info.version());
        leaf(head, 4, "business_id", info.businessId());
        leaf(head, 4, "message_id", info.messageId());
        leaf(head, 4, "file_name", info.fileName());
        leaf(head, 4, "message_type", info.messageType());
        leaf(head, 4, "sender_id", info.senderId());
        leaf(head, 4, "receiver_id", info.receiverId());
        leaf(head, 4, "send_time", LocalDateTime.ofInstant(info.sendTime(), CUSTOMS_ZONE).format(SEND_TIME));
        leaf(head, 4, "Ic_Card", cardNo);
        head.append(indent(3)).append("</EnvelopInfo>").append(indent(3)).append("<DataInfo>").append(indent(4))
                .append("<BussinessData>").append(indent(5));
        object.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        object.writeBytes(business);
        StringBuilder tail = new StringBuilder(256);
        leaf(tail, 5, "DelcareFlag", declareFlag);
        tail.append(indent(4)).append("</BussinessData>").append(indent(3)).append("</DataInfo>").append(indent(2))
                .append("</Package>").append(indent(1)).append("</Object>");
        object.writeBytes(tail.toString().getBytes(StandardCharsets.UTF_8));
        byte[] canonicalObject = object.toByteArray();

        String digest = base64(signer.digest(canonicalObject));
        String signatureValue = base64(signer.sign(cardNo, pin,
                signedInfo(digest, true).getBytes(StandardCharsets.UTF_8)));

        ByteArrayOutputStream out = new ByteArrayOutputStream(canonicalObject.length + 1024);
        out.writeBytes((XML_DECLARATION + "<Signature>" + indent(1) + signedInfo(digest, false) + indent(1)
                + "<SignatureValue>" + signatureValue + "</SignatureValue>" + indent(1) + "<KeyInfo>" + indent(2)
                + "<KeyName>" + CanonicalXml.escapeText(cardNo) + "</KeyName>" + indent(1) + "</KeyInfo>"
                + indent(1)).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(canonicalObject);
        out.writeBytes((indent(0) + "</Signature>\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The SignedInfo element: {@code canonical}, as signed, or as written (empty elements in the short form). */
    private static String signedInfo(String digest, boolean canonical) {
        return "<SignedInfo>" + indent(2) + empty("CanonicalizationMethod", "Algorithm", CANONICALIZATION_METHOD,
                canonical) + indent(2) + empty("SignatureMethod", "Algorithm", Signer.SIGNATURE_METHOD, canonical)
                + indent(2) + "<Reference URI=\"#" + PACKAGE_ID + "\">" + indent(3)
                + empty("DigestMethod", "Algorithm", Signer.DIGEST_METHOD, canonical) + indent(3) + "<DigestValue>"
                + digest + "</DigestValue>" + indent(2) + "</Reference>" + indent(1) + "</SignedInfo>";
    }

    private static String empty(String name, String attribute, String value, boolean canonical) {
        String start = "<" + name + " " + attribute + "=\"" + CanonicalXml.escapeAttribute(value) + "\"";
        return canonical ? start + "></" + name + ">" : start + "/>";
    }

    private static void leaf(StringBuilder out, int depth, String name, String text) {
        out.append(indent(depth)).append('<').append(name).append('>').append(CanonicalXml.escapeText(text))
                .append("</").append(name).append('>');
    }

    /** The line break and indentation before an element of the envelope at {@code depth} (the root is at 0). */
    private static String indent(int depth) {
        return "\n" + INDENT.repeat(depth);
    }

    /**
     * Checks the envelope's digest and signature and returns its content. The envelope is read once, as a stream:
     * the canonical forms of {@code SignedInfo}, {@code Object} and the business message are rendered while it is
     * read, and only the envelope's own elements are kept.
     *
     * @param certificates the certificate of a card number (the envelope's {@code KeyName}), if known
     * @throws RuleViolation {@code signing.badEnvelope} when the envelope is not well-formed, has a DOCTYPE, lacks an
     *         element or names another algorithm; {@code signing.unknownKey} when no certificate is known for its
     *         {@code KeyName}; {@code signing.badSignature} when the content does not match the digest or the
     *         signature does not verify with that certificate
     */
    public static SignedMessage open(Signer signer, byte[] envelope,
            Function<String, Optional<X509Certificate>> certificates) {
        Read read = read(envelope);
        return content(read, verified(signer, read, certificates));
    }

    /**
     * What the e-port client takes from the product: a message it is to sign itself (the import skeleton of
     * {@link org.tongguan.core.customs.wire.ImportMessages#skeleton}, digest and signature empty, written where the
     * client signs) is read as it is, for the card its {@code KeyName} names, which must be known; a signed message is
     * checked as {@link #open} checks it.
     *
     * @throws RuleViolation as {@link #open} does; {@code signing.unknownKey} also for an unsigned message's card
     */
    public static SignedMessage openAsClient(Signer signer, byte[] envelope,
            Function<String, Optional<X509Certificate>> certificates) {
        Read read = read(envelope);
        Node signature = read.root;
        boolean unsigned = text(only(only(only(signature, "SignedInfo"), "Reference"), "DigestValue")).isBlank()
                && text(only(signature, "SignatureValue")).isBlank();
        if (!unsigned) {
            return content(read, verified(signer, read, certificates));
        }
        String keyName = text(only(only(signature, "KeyInfo"), "KeyName"));
        if (certificates.apply(keyName).isEmpty()) {
            throw new RuleViolation("signing.unknownKey", keyName);
        }
        return content(read, keyName);
    }

    /** The envelope's info, declare flag and business message, for the card {@code keyName}. */
    private static SignedMessage content(Read read, String keyName) {
        Node signature = read.root;
        Node object = only(signature, "Object");
        Node pack = only(object, "Package");
        Node envelopInfo = only(pack, "EnvelopInfo");
        String sendTime = text(only(envelopInfo, "send_time"));
        EnvelopeInfo info;
        try {
            info = new EnvelopeInfo(text(only(envelopInfo, "version")), text(only(envelopInfo, "business_id")),
                    text(only(envelopInfo, "message_id")), text(only(envelopInfo, "file_name")),
                    text(only(envelopInfo, "message_type")), text(only(envelopInfo, "sender_id")),
                    text(only(envelopInfo, "receiver_id")),
                    LocalDateTime.parse(sendTime, SEND_TIME).atZone(CUSTOMS_ZONE).toInstant());
        } catch (DateTimeParseException e) {
            throw new RuleViolation("signing.badEnvelope", "send_time " + sendTime);
        }
        Node bussinessData = only(only(pack, "DataInfo"), "BussinessData");
        String declareFlag = text(only(bussinessData, "DelcareFlag"));
        List<Node> business = new ArrayList<>();
        for (Node e : bussinessData.children) {
            if (!"DelcareFlag".equals(e.name)) {
                business.add(e);
            }
        }
        if (business.size() != 1) {
            throw new RuleViolation("signing.badEnvelope", "BussinessData holds " + business.size()
                    + " business messages, not 1");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(XML_DECLARATION.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(business.get(0).canonical);
        return new SignedMessage(info, declareFlag, out.toByteArray(), keyName);
    }

    /**
     * Checks the digest and signature of a signed envelope ({@code Signature} root, the signed {@code Object} named by
     * the {@code Reference}) whatever its content: for a receipt of the real formats that comes signed, whose
     * {@code Package} is then read as it is (it has no {@code DelcareFlag}).
     *
     * @return the {@code KeyName} whose certificate verified it
     * @throws RuleViolation as {@link #open} does
     */
    public static String verify(Signer signer, byte[] envelope,
            Function<String, Optional<X509Certificate>> certificates) {
        return verified(signer, read(envelope), certificates);
    }

    private static String verified(Signer signer, Read read, Function<String, Optional<X509Certificate>> certificates) {
        Node signature = read.root;
        Node signedInfo = only(signature, "SignedInfo");
        requireAlgorithm(only(signedInfo, "CanonicalizationMethod"), CANONICALIZATION_METHOD);
        requireAlgorithm(only(signedInfo, "SignatureMethod"), Signer.SIGNATURE_METHOD);
        Node reference = only(signedInfo, "Reference");
        requireAlgorithm(only(reference, "DigestMethod"), Signer.DIGEST_METHOD);
        String uri = reference.attribute("URI");
        if (!uri.startsWith("#") || uri.length() == 1) {
            throw new RuleViolation("signing.badEnvelope", "Reference URI " + uri + " is not #id");
        }
        Node object = only(signature, "Object");
        if (!uri.substring(1).equals(object.attribute("Id"))) {
            throw new RuleViolation("signing.badEnvelope", "Reference URI " + uri + " does not name the Object");
        }
        byte[] digest = decode(text(only(reference, "DigestValue")), "DigestValue");
        byte[] signatureValue = decode(text(only(signature, "SignatureValue")), "SignatureValue");
        String keyName = text(only(only(signature, "KeyInfo"), "KeyName"));

        X509Certificate certificate = certificates.apply(keyName)
                .orElseThrow(() -> new RuleViolation("signing.unknownKey", keyName));
        if (!MessageDigest.isEqual(digest, signer.digest(object.canonical))) {
            throw new RuleViolation("signing.badSignature", keyName);
        }
        if (!signer.verify(certificate, signedInfo.canonical, signatureValue)) {
            throw new RuleViolation("signing.badSignature", keyName);
        }
        return keyName;
    }

    /**
     * An element of the envelope as read: name, attributes without namespace, text, child elements, and the
     * canonical form where one is needed (SignedInfo, Object, the business message). The business message's own
     * elements are not kept as nodes.
     */
    private static final class Node {
        final String name;
        final Map<String, String> attributes = new HashMap<>();
        final StringBuilder text = new StringBuilder();
        final List<Node> children = new ArrayList<>();
        CanonicalXml.Rendering rendering;
        byte[] canonical;
        /** A node rendered as part of an ancestor's rendering: that ancestor and where the node starts in it. */
        Node within;
        int start;

        Node(String name) {
            this.name = name;
        }

        String attribute(String local) {
            return attributes.getOrDefault(local, "");
        }

        /** The text of the element and its descendants, as DOM's {@code getTextContent}. */
        void textContent(StringBuilder into) {
            into.append(text);
            children.forEach(c -> c.textContent(into));
        }
    }

    private record Read(Node root) {
    }

    /** The envelope read once: the tree of its own elements with the canonical forms that are checked. */
    private static Read read(byte[] envelope) {
        try {
            XMLStreamReader r = SafeXml.streamReader(envelope);
            try {
                CanonicalXml.Scopes scopes = new CanonicalXml.Scopes();
                List<Node> path = new ArrayList<>(); // the open elements that are kept as nodes
                List<Node> rendered = new ArrayList<>(); // the nodes whose canonical form is being written
                int businessDepth = 0; // depth of the business message's root while inside it
                Node root = null;
                while (r.hasNext()) {
                    int event = r.next();
                    switch (event) {
                        case XMLStreamConstants.DTD -> throw new RuleViolation("signing.badEnvelope",
                                "DOCTYPE declarations are refused");
                        case XMLStreamConstants.START_ELEMENT -> {
                            scopes.enter(r);
                            int depth = scopes.depth();
                            if (businessDepth == 0) {
                                Node node = new Node(r.getLocalName());
                                for (int i = 0; i < r.getAttributeCount(); i++) {
                                    String ns = r.getAttributeNamespace(i);
                                    if (ns == null || ns.isEmpty()) {
                                        node.attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                                    }
                                }
                                if (depth == 1) {
                                    if (!"Signature".equals(node.name)) {
                                        throw new RuleViolation("signing.badEnvelope", "root element " + node.name
                                                + " is not Signature");
                                    }
                                    root = node;
                                } else {
                                    path.get(path.size() - 1).children.add(node);
                                }
                                boolean renderedHere = depth == 2
                                        && ("SignedInfo".equals(node.name) || "Object".equals(node.name));
                                if (depth == 6 && !"DelcareFlag".equals(node.name) && isBusinessPath(path)) {
                                    businessDepth = depth;
                                    Node object = path.get(1);
                                    if (scopes.inheritsNothing() && object.rendering != null) {
                                        // its text in the Object's rendering is its canonical form: no second one
                                        node.within = object;
                                        node.start = object.rendering.length();
                                    } else {
                                        renderedHere = true;
                                    }
                                }
                                if (renderedHere) {
                                    node.rendering = new CanonicalXml.Rendering(depth);
                                    rendered.add(node);
                                }
                                path.add(node);
                            }
                            for (Node n : rendered) {
                                n.rendering.start(r, scopes);
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            for (int i = rendered.size() - 1; i >= 0; i--) {
                                Node n = rendered.get(i);
                                n.rendering.end(r);
                                if (n.rendering.done()) {
                                    n.canonical = n.rendering.bytes();
                                    n.rendering = null;
                                    rendered.remove(i);
                                }
                            }
                            int depth = scopes.depth();
                            if (businessDepth == 0 || depth == businessDepth) {
                                Node ended = path.remove(path.size() - 1);
                                if (ended.within != null) {
                                    ended.canonical = ended.within.rendering.bytes(ended.start);
                                }
                                businessDepth = 0;
                            }
                            scopes.leave();
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                            if (businessDepth == 0 && !path.isEmpty()) {
                                path.get(path.size() - 1).text.append(r.getTextCharacters(), r.getTextStart(),
                                        r.getTextLength());
                            }
                            rendered.forEach(n -> n.rendering.other(r, event));
                        }
                        case XMLStreamConstants.ENTITY_REFERENCE -> throw new RuleViolation("signing.badEnvelope",
                                "entity reference " + r.getLocalName());
                        default -> rendered.forEach(n -> n.rendering.other(r, event));
                    }
                }
                if (root == null) {
                    throw new RuleViolation("signing.badEnvelope", "no root element");
                }
                return new Read(root);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new RuleViolation("signing.badEnvelope", e.getMessage());
        }
    }

    /** Signature/Object/Package/DataInfo/BussinessData: the open elements around a business message. */
    private static boolean isBusinessPath(List<Node> path) {
        return path.size() == 5 && "Object".equals(path.get(1).name) && "Package".equals(path.get(2).name)
                && "DataInfo".equals(path.get(3).name) && "BussinessData".equals(path.get(4).name);
    }

    /** The one child element of that name. */
    private static Node only(Node parent, String name) {
        Node found = null;
        for (Node e : parent.children) {
            if (name.equals(e.name)) {
                if (found != null) {
                    throw new RuleViolation("signing.badEnvelope", parent.name + " has more than one " + name);
                }
                found = e;
            }
        }
        if (found == null) {
            throw new RuleViolation("signing.badEnvelope", parent.name + " has no " + name);
        }
        return found;
    }

    private static String text(Node e) {
        StringBuilder content = new StringBuilder();
        e.textContent(content);
        return content.toString().strip();
    }

    private static void requireAlgorithm(Node method, String algorithm) {
        String actual = method.attribute("Algorithm");
        if (!algorithm.equals(actual)) {
            throw new RuleViolation("signing.badEnvelope", method.name + " " + actual + " is not " + algorithm);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] decode(String base64, String element) {
        try {
            return Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("signing.badEnvelope", element + " is not base64");
        }
    }
}
