package org.tongguan.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a user reads goes through the translations: a string literal with Chinese characters in the main code
 * of any bundle is refused unless its file is in the reviewed list {@code cjk-literals.txt} (customs' own texts, the
 * console, typography), with its reason. Comments are not literals.
 */
class CjkLiteralsTest {
    /** Comments, text blocks, string and char literals, in the order they start. */
    private static final Pattern TOKEN = Pattern.compile(
            "//[^\\n]*|/\\*.*?\\*/|\"\"\"(?:.|\\n)*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])+'",
            Pattern.DOTALL);
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]");

    @Test
    void chineseLiteralsAreOnlyInReviewedFiles() throws IOException {
        Path bundles = Path.of("..").toRealPath();
        assertTrue(Files.isDirectory(bundles.resolve("org.tongguan.core/src/main/java")), bundles.toString());
        Set<String> allowed = allowed();
        TreeMap<String, List<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(bundles)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> bundles.relativize(p).toString().replace('\\', '/').matches("[^/]+/src/main/java/.*"))
                    .toList()) {
                List<String> literals = literals(Files.readString(f, StandardCharsets.UTF_8));
                if (!literals.isEmpty()) {
                    found.put(bundles.relativize(f).toString().replace('\\', '/'), literals);
                }
            }
        }
        TreeMap<String, List<String>> refused = new TreeMap<>(found);
        refused.keySet().removeAll(allowed);
        assertTrue(refused.isEmpty(), () -> "Chinese text in code, not in the translations: " + refused);
        Set<String> stale = new TreeSet<>(allowed);
        stale.removeAll(found.keySet());
        assertEquals(Set.of(), stale, "listed in cjk-literals.txt but without Chinese literals now: strike them");
    }

    @Test
    void theScannerFindsLiteralsAndSkipsComments() {
        String code = "// 注释 \"不是\"\n/* 块注释 \"也不是\" */ String a = \"第 \" + n + \" 页\"; char c = '：';"
                + " String b = \"plain \\\" 引号\"; String t = \"\"\"\n  文本块\n  \"\"\";";
        assertEquals(List.of("\"第 \"", "\" 页\"", "'：'", "\"plain \\\" 引号\"", "\"\"\"\n  文本块\n  \"\"\""),
                literals(code));
    }

    static List<String> literals(String source) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(source);
        while (m.find()) {
            String t = m.group();
            if (!t.startsWith("/") && CJK.matcher(t).find()) {
                out.add(t);
            }
        }
        return out;
    }

    private static Set<String> allowed() throws IOException {
        Set<String> paths = new TreeSet<>();
        try (InputStream in = CjkLiteralsTest.class.getResourceAsStream("cjk-literals.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    paths.add(l.split("\\s+", 2)[0]);
                }
            }
        }
        return paths;
    }
}
