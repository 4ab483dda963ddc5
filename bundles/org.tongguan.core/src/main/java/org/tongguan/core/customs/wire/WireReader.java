package org.tongguan.core.customs.wire;

import static org.tongguan.core.customs.wire.ReceiptNames.*;

import java.io.IOException;
import java.util.Optional;
import org.xml.sax.SAXException;

/**
 * Reads what the e-port client delivers into an InBox: its first answer ({@code CommonResponeMessage}) or a customs
 * receipt ({@code Package}, also when a signed {@code Signature} envelope carries it in {@code Object}). Whatever
 * else comes is an {@link WireMessage.UnknownMessage} with the reason: nothing here throws on content. Parsing is
 * XXE-safe ({@link org.tongguan.core.io.SafeXml}).
 */
public final class WireReader {
    private WireReader() {
    }

    /** What the file {@code fileName} with {@code content} is. */
    public static WireMessage read(String fileName, byte[] content) {
        WireElement root;
        try {
            root = WireXml.read(content);
        } catch (SAXException | IOException e) {
            return new WireMessage.UnknownMessage(fileName, "", "not well-formed XML: " + e.getMessage());
        }
        if (ANSWER.equals(root.name())) {
            String answered = fileName.startsWith(SUCCEEDED) ? fileName.substring(SUCCEEDED.length())
                    : fileName.startsWith(FAILED) ? fileName.substring(FAILED.length()) : "";
            return new WireMessage.EportAnswer(fileName, answered, root.text(SEQ_NO), root.text(ETPS_PREENT_NO),
                    root.text(CHECK_INFO), root.text(DEAL_FLAG));
        }
        WireElement pack = root;
        if (SIGNATURE.equals(root.name())) {
            Optional<WireElement> inside = root.child(OBJECT).flatMap(o -> o.child(PACKAGE));
            if (inside.isEmpty()) {
                return new WireMessage.UnknownMessage(fileName, root.name(), "Signature without Object/Package");
            }
            pack = inside.get();
        }
        if (!PACKAGE.equals(pack.name())) {
            return new WireMessage.UnknownMessage(fileName, root.name(), "neither CommonResponeMessage nor Package");
        }
        WireElement info = pack.child(ENVELOPE).orElse(WireElement.leaf(ENVELOPE, ""));
        WireMessage.Envelope envelope = new WireMessage.Envelope(info.text(VERSION), info.text(BUSINESS_ID),
                info.text(MESSAGE_ID), info.text(FILE_NAME), info.text(MESSAGE_TYPE), info.text(SENDER_ID),
                info.text(RECEIVER_ID), info.text(SEND_TIME));
        Optional<WireElement> data = pack.child(DATA);
        Optional<WireElement> business = data.flatMap(d -> d.child(BUSINESS_DATA))
                .flatMap(b -> b.children().stream().filter(c -> !DECLARE_FLAG.equals(c.name())).findFirst());
        if (business.isEmpty()) {
            return new WireMessage.UnknownMessage(fileName, root.name(), "Package " + envelope.messageType()
                    + " without a receipt in DataInfo/BussinessData");
        }
        WireMessage.Pocket pocket = data.flatMap(d -> d.child(POCKET)).map(WireReader::pocket).orElse(null);
        return new WireMessage.ReceiptPocket(fileName, envelope, pocket, business.get());
    }

    private static WireMessage.Pocket pocket(WireElement p) {
        return new WireMessage.Pocket(p.text(POCKET_ID), number(p.text(POCKET_TOTAL)),
                number(p.text(POCKET_CURRENT)));
    }

    /** A pocket count or number; what is not one counts as 1 (a receipt in one pocket). */
    private static int number(String text) {
        try {
            int n = Integer.parseInt(text);
            return n < 1 ? 1 : n;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
