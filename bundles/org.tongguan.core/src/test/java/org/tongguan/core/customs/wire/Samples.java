package org.tongguan.core.customs.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The public samples in the test resources (see SOURCES.md there). */
final class Samples {
    private Samples() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WireElement element(String name) {
        try {
            return WireXml.read(bytes(name));
        } catch (org.xml.sax.SAXException | IOException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
