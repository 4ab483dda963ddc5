package org.tongguan.core.declaration;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a document type accepts as 随附单据: file types (by extension, lower case), the largest file, and the kinds of
 * document (随附单证类型: code → label key).
 */
public record AttachmentRules(Set<String> extensions, long maxBytes, Map<String, String> kinds) {
    /** A type that takes no attachments. */
    public static final AttachmentRules NONE = new AttachmentRules(Set.of(), 0, Map.of());

    public AttachmentRules {
        extensions = Set.copyOf(extensions);
        kinds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kinds));
    }

    public boolean accepted() {
        return maxBytes > 0 && !extensions.isEmpty();
    }

    /** The file name's extension, lower case, without the dot; "" without one. */
    public static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
