package org.tongguan.core.customs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidAlgorithmParameterException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.crypto.Data;
import javax.xml.crypto.OctetStreamData;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.TransformException;
import javax.xml.crypto.dsig.TransformService;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.io.SafeXml;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

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
 *         send_time (yyyy-MM-dd'T'HH:mm:ss, Beijing time)</EnvelopInfo>
 *       <DataInfo><BussinessData><DelcareFlag>0 暂存 / 1 申报</DelcareFlag>the business message</BussinessData></DataInfo>
 *     </Package>
 *   </Object>
 * </Signature>
 * }</pre>
 *
 * The misspellings {@code EnvelopInfo}, {@code BussinessData} and {@code DelcareFlag} are what customs expects. The
 * envelope elements are in no namespace. Digest and signature are computed over the inclusive canonical XML 1.0 form
 * (without comments) of the element, as a subtree of the envelope, by the JDK's XML-DSig canonicalizer; the whitespace
 * that indents the envelope is part of the signed content. Parsing refuses DOCTYPE declarations (and so every entity
 * and external resource).
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
    /** The canonicaliser and the writer, one per thread (making them costs more than using them on a message). */
    private static final ThreadLocal<TransformService> C14N = ThreadLocal.withInitial(() -> {
        try {
            TransformService c14n = TransformService.getInstance(CANONICALIZATION_METHOD, "DOM");
            c14n.init(null);
            return c14n;
        } catch (NoSuchAlgorithmException | InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("no " + CANONICALIZATION_METHOD + " canonicaliser", e);
        }
    });
    private static final ThreadLocal<Transformer> WRITER = ThreadLocal.withInitial(() -> {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            return transformer;
        } catch (javax.xml.transform.TransformerConfigurationException e) {
            throw new IllegalStateException("no XML writer", e);
        }
    });

    private Envelopes() {
    }

    /**
     * Builds the envelope around {@code businessXml} and signs it with the card {@code cardNo}.
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
        if (!STAGE.equals(declareFlag) && !DECLARE.equals(declareFlag)) {
            throw new IllegalArgumentException("DelcareFlag must be 0 (暂存) or 1 (申报): " + declareFlag);
        }
        if (cardNo == null || cardNo.isBlank()) {
            throw new IllegalArgumentException("no card number");
        }
        Element business;
        try {
            business = SafeXml.parse(businessXml).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("the business message is not well-formed XML: " + e.getMessage(), e);
        }

        Document doc = SafeXml.newDocument();
        Element signature = doc.createElementNS(null, "Signature");
        doc.appendChild(signature);
        Element signedInfo = add(signature, "SignedInfo");
        add(signedInfo, "CanonicalizationMethod").setAttributeNS(null, "Algorithm", CANONICALIZATION_METHOD);
        add(signedInfo, "SignatureMethod").setAttributeNS(null, "Algorithm", Signer.SIGNATURE_METHOD);
        Element reference = add(signedInfo, "Reference");
        reference.setAttributeNS(null, "URI", "#" + PACKAGE_ID);
        add(reference, "DigestMethod").setAttributeNS(null, "Algorithm", Signer.DIGEST_METHOD);
        Element digestValue = add(reference, "DigestValue");
        Element signatureValue = add(signature, "SignatureValue");
        add(add(signature, "KeyInfo"), "KeyName").setTextContent(cardNo);
        Element object = add(signature, "Object");
        object.setAttributeNS(null, "Id", PACKAGE_ID);
        Element pack = add(object, "Package");
        Element envelopInfo = add(pack, "EnvelopInfo");
        add(envelopInfo, "version").setTextContent(info.version());
        add(envelopInfo, "business_id").setTextContent(info.businessId());
        add(envelopInfo, "message_id").setTextContent(info.messageId());
        add(envelopInfo, "file_name").setTextContent(info.fileName());
        add(envelopInfo, "message_type").setTextContent(info.messageType());
        add(envelopInfo, "sender_id").setTextContent(info.senderId());
        add(envelopInfo, "receiver_id").setTextContent(info.receiverId());
        add(envelopInfo, "send_time").setTextContent(
                LocalDateTime.ofInstant(info.sendTime(), CUSTOMS_ZONE).format(SEND_TIME));
        Element bussinessData = add(add(pack, "DataInfo"), "BussinessData");
        add(bussinessData, "DelcareFlag").setTextContent(declareFlag);
        Node imported = doc.importNode(business, true);
        bussinessData.appendChild(imported);
        indent(signature, 0, imported);

        digestValue.setTextContent(base64(signer.digest(canonical(object))));
        signatureValue.setTextContent(base64(signer.sign(cardNo, pin, canonical(signedInfo))));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(XML_DECLARATION.getBytes(StandardCharsets.UTF_8));
        write(signature, out);
        out.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /**
     * Checks the envelope's digest and signature and returns its content.
     *
     * @param certificates the certificate of a card number (the envelope's {@code KeyName}), if known
     * @throws RuleViolation {@code signing.badEnvelope} when the envelope is not well-formed, has a DOCTYPE, lacks an
     *         element or names another algorithm; {@code signing.unknownKey} when no certificate is known for its
     *         {@code KeyName}; {@code signing.badSignature} when the content does not match the digest or the
     *         signature does not verify with that certificate
     */
    public static SignedMessage open(Signer signer, byte[] envelope,
            Function<String, Optional<X509Certificate>> certificates) {
        Document doc;
        try {
            doc = SafeXml.parse(envelope);
        } catch (SAXException | IOException e) {
            throw new RuleViolation("signing.badEnvelope", e.getMessage());
        }
        Element signature = doc.getDocumentElement();
        if (!"Signature".equals(name(signature))) {
            throw new RuleViolation("signing.badEnvelope", "root element " + name(signature) + " is not Signature");
        }
        Element signedInfo = only(signature, "SignedInfo");
        requireAlgorithm(only(signedInfo, "CanonicalizationMethod"), CANONICALIZATION_METHOD);
        requireAlgorithm(only(signedInfo, "SignatureMethod"), Signer.SIGNATURE_METHOD);
        Element reference = only(signedInfo, "Reference");
        requireAlgorithm(only(reference, "DigestMethod"), Signer.DIGEST_METHOD);
        String uri = reference.getAttributeNS(null, "URI");
        if (!uri.startsWith("#") || uri.length() == 1) {
            throw new RuleViolation("signing.badEnvelope", "Reference URI " + uri + " is not #id");
        }
        Element object = only(signature, "Object");
        if (!uri.substring(1).equals(object.getAttributeNS(null, "Id"))) {
            throw new RuleViolation("signing.badEnvelope", "Reference URI " + uri + " does not name the Object");
        }
        byte[] digest = decode(text(only(reference, "DigestValue")), "DigestValue");
        byte[] signatureValue = decode(text(only(signature, "SignatureValue")), "SignatureValue");
        String keyName = text(only(only(signature, "KeyInfo"), "KeyName"));

        X509Certificate certificate = certificates.apply(keyName)
                .orElseThrow(() -> new RuleViolation("signing.unknownKey", keyName));
        if (!MessageDigest.isEqual(digest, signer.digest(canonical(object)))) {
            throw new RuleViolation("signing.badSignature", keyName);
        }
        if (!signer.verify(certificate, canonical(signedInfo), signatureValue)) {
            throw new RuleViolation("signing.badSignature", keyName);
        }

        Element pack = only(object, "Package");
        Element envelopInfo = only(pack, "EnvelopInfo");
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
        Element bussinessData = only(only(pack, "DataInfo"), "BussinessData");
        String declareFlag = text(only(bussinessData, "DelcareFlag"));
        List<Element> business = new ArrayList<>();
        for (Element e : children(bussinessData)) {
            if (!"DelcareFlag".equals(name(e))) {
                business.add(e);
            }
        }
        if (business.size() != 1) {
            throw new RuleViolation("signing.badEnvelope", "BussinessData holds " + business.size()
                    + " business messages, not 1");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(XML_DECLARATION.getBytes(StandardCharsets.UTF_8));
        write(standalone(business.get(0)).getDocumentElement(), out);
        return new SignedMessage(info, declareFlag, out.toByteArray(), keyName);
    }

    /**
     * The inclusive canonical XML 1.0 form (without comments) of {@code element} as a subtree of its document: the
     * element with the namespace declarations and {@code xml:} attributes it inherits from its ancestors.
     */
    static byte[] canonical(Element element) {
        ByteArrayOutputStream serialised = new ByteArrayOutputStream();
        write(standalone(element).getDocumentElement(), serialised);
        try {
            Data data = C14N.get().transform(new OctetStreamData(new ByteArrayInputStream(serialised.toByteArray())), null);
            try (InputStream in = ((OctetStreamData) data).getOctetStream()) {
                return in.readAllBytes();
            }
        } catch (TransformException | IOException e) {
            throw new IllegalStateException("cannot canonicalise " + name(element), e);
        }
    }

    /** A copy of {@code element} as the root of a document of its own, with what it inherits declared on it. */
    private static Document standalone(Element element) {
        Document copy = SafeXml.newDocument();
        Element root = (Element) copy.importNode(element, true);
        copy.appendChild(root);
        for (Node p = element.getParentNode(); p instanceof Element ancestor; p = p.getParentNode()) {
            NamedNodeMap attributes = ancestor.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr a = (Attr) attributes.item(i);
                String ns = a.getNamespaceURI();
                boolean inherited = XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns)
                        ? !(XMLConstants.XMLNS_ATTRIBUTE.equals(a.getName()) && a.getValue().isEmpty())
                        : XMLConstants.XML_NS_URI.equals(ns);
                if (inherited && !root.hasAttributeNS(ns, a.getLocalName())) {
                    root.setAttributeNS(ns, a.getName(), a.getValue());
                }
            }
        }
        return copy;
    }

    /** Indents the envelope's own elements; {@code stop} (the business message) keeps its whitespace. */
    private static void indent(Element element, int depth, Node stop) {
        List<Element> children = children(element);
        if (children.isEmpty() || element == stop) {
            return;
        }
        String inner = "\n" + INDENT.repeat(depth + 1);
        for (Element child : children) {
            element.insertBefore(element.getOwnerDocument().createTextNode(inner), child);
            indent(child, depth + 1, stop);
        }
        element.appendChild(element.getOwnerDocument().createTextNode("\n" + INDENT.repeat(depth)));
    }

    private static Element add(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElementNS(null, name);
        parent.appendChild(child);
        return child;
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    private static String name(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
    }

    /** The one child element of that name. */
    private static Element only(Element parent, String name) {
        Element found = null;
        for (Element e : children(parent)) {
            if (name.equals(name(e))) {
                if (found != null) {
                    throw new RuleViolation("signing.badEnvelope", name(parent) + " has more than one " + name);
                }
                found = e;
            }
        }
        if (found == null) {
            throw new RuleViolation("signing.badEnvelope", name(parent) + " has no " + name);
        }
        return found;
    }

    private static String text(Element e) {
        return e.getTextContent().strip();
    }

    private static void requireAlgorithm(Element method, String algorithm) {
        String actual = method.getAttributeNS(null, "Algorithm");
        if (!algorithm.equals(actual)) {
            throw new RuleViolation("signing.badEnvelope", name(method) + " " + actual + " is not " + algorithm);
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

    /** {@code element} and its subtree as UTF-8, without an XML declaration. */
    private static void write(Element element, ByteArrayOutputStream out) {
        try {
            Transformer transformer = WRITER.get();
            transformer.transform(new DOMSource(element), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write " + name(element), e);
        }
    }
}
