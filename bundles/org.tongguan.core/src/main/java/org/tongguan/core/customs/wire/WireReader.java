package org.tongguan.core.customs.wire;

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
    static final String SUCCEEDED = "Successed_"; // [sic], the e-port client's file name
    static final String FAILED = "Failed_";

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
        if ("CommonResponeMessage".equals(root.name())) {
            String answered = fileName.startsWith(SUCCEEDED) ? fileName.substring(SUCCEEDED.length())
                    : fileName.startsWith(FAILED) ? fileName.substring(FAILED.length()) : "";
            return new WireMessage.EportAnswer(fileName, answered, root.text("SeqNo"), root.text("EtpsPreentNo"),
                    root.text("CheckInfo"), root.text("DealFlag"));
        }
        WireElement pack = root;
        if ("Signature".equals(root.name())) {
            Optional<WireElement> inside = root.child("Object").flatMap(o -> o.child("Package"));
            if (inside.isEmpty()) {
                return new WireMessage.UnknownMessage(fileName, root.name(), "Signature without Object/Package");
            }
            pack = inside.get();
        }
        if (!"Package".equals(pack.name())) {
            return new WireMessage.UnknownMessage(fileName, root.name(), "neither CommonResponeMessage nor Package");
        }
        WireElement info = pack.child("EnvelopInfo").orElse(WireElement.leaf("EnvelopInfo", ""));
        WireMessage.Envelope envelope = new WireMessage.Envelope(info.text("version"), info.text("business_id"),
                info.text("message_id"), info.text("file_name"), info.text("message_type"), info.text("sender_id"),
                info.text("receiver_id"), info.text("send_time"));
        Optional<WireElement> data = pack.child("DataInfo");
        Optional<WireElement> business = data.flatMap(d -> d.child("BussinessData"))
                .flatMap(b -> b.children().stream().filter(c -> !"DelcareFlag".equals(c.name())).findFirst());
        if (business.isEmpty()) {
            return new WireMessage.UnknownMessage(fileName, root.name(), "Package " + envelope.messageType()
                    + " without a receipt in DataInfo/BussinessData");
        }
        WireMessage.Pocket pocket = data.flatMap(d -> d.child("PocketInfo")).map(WireReader::pocket).orElse(null);
        return new WireMessage.ReceiptPocket(fileName, envelope, pocket, business.get());
    }

    private static WireMessage.Pocket pocket(WireElement p) {
        return new WireMessage.Pocket(p.text("pocket_id"), number(p.text("total_pocket_qty")),
                number(p.text("cur_pocket_no")));
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
