package org.tongguan.core.internal.schema;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import org.osgi.framework.Bundle;

/** SHA-256 over every file in the folder of a bundle's changelog (names and contents, in name order). */
final class ChangelogHash {
    private ChangelogHash() {
    }

    static String of(Bundle bundle, String changelog) throws IOException {
        int slash = changelog.lastIndexOf('/');
        String folder = slash < 0 ? "/" : changelog.substring(0, slash);
        Enumeration<URL> found = bundle.findEntries(folder, "*", true);
        List<URL> files = found == null ? new ArrayList<>() : Collections.list(found);
        files.removeIf(u -> u.getPath().endsWith("/"));
        files.sort((a, b) -> a.getPath().compareTo(b.getPath()));
        return of(files);
    }

    static String of(List<URL> files) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (URL file : files) {
                sha.update(file.getPath().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = file.openStream()) {
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
