package org.tongguan.core.code;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 申报要素 of an HS line: numbered elements (1品牌类型, 2出口享惠情况, 3用途, …) whose values the clerk declares in
 * 规格型号, joined by {@code |} in the elements' order ({@code 0|0|用途|…}), as customs reads it.
 *
 * <p>The table writes them as {@code 1品牌类型;2出口享惠情况;3用途;…;} (an element's name may itself hold a semicolon,
 * e.g. {@code 4加工工艺(如回收硫酸;硫磺硫酸)}, so a new element begins only where a number follows). GTIN, CAS and 其他
 * are optional in the 单一窗口; every other element is required, and a missing one is a warning, not a refusal.
 *
 * @param elements in their order
 */
public record DeclarationElements(List<Element> elements) {
    /** A line without 申报要素. */
    public static final DeclarationElements NONE = new DeclarationElements(List.of());
    /** What separates the values in 规格型号. */
    public static final String SEPARATOR = "|";
    private static final Set<String> OPTIONAL = Set.of("GTIN", "CAS", "其他");
    private static final Pattern ELEMENT = Pattern.compile("([0-9]+)(.+?)(?:;(?=[0-9])|;?$)", Pattern.DOTALL);

    /** One element: its number in the table (1-based), its name, whether it must be declared. */
    public record Element(int number, String name, boolean required) {
        public Element {
            Objects.requireNonNull(name, "name");
        }
    }

    public DeclarationElements {
        elements = List.copyOf(elements);
    }

    /**
     * The elements of the table's text ({@code 1品牌类型;2出口享惠情况;…;}); blank text has none.
     *
     * @throws IllegalArgumentException when the text is not numbered elements separated by semicolons
     */
    public static DeclarationElements parse(String source) {
        if (source == null || source.isBlank()) {
            return NONE;
        }
        String text = source.strip();
        List<Element> list = new ArrayList<>();
        Matcher m = ELEMENT.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("not numbered 申报要素 from position " + at + ": " + source);
            }
            String name = m.group(2).strip();
            list.add(new Element(Integer.parseInt(m.group(1)), name, !OPTIONAL.contains(name)));
            at = m.end();
        }
        return new DeclarationElements(list);
    }

    /** The table's text of these elements, as {@link #parse} reads it. */
    public String source() {
        StringBuilder b = new StringBuilder();
        for (Element e : elements) {
            b.append(e.number()).append(e.name()).append(';');
        }
        return b.toString();
    }

    public int size() {
        return elements.size();
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    /**
     * 规格型号 of these values, one per element in order, joined by {@code |}; a missing value is left empty
     * ({@code 0|0||…}). Values are stripped.
     *
     * @throws IllegalArgumentException when a value holds {@code |}, which would shift every later element
     */
    public String format(List<String> values) {
        List<String> out = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            String v = i < values.size() && values.get(i) != null ? values.get(i).strip() : "";
            if (v.contains(SEPARATOR)) {
                throw new IllegalArgumentException("a 申报要素 value may not hold " + SEPARATOR + ": " + v);
            }
            out.add(v);
        }
        return String.join(SEPARATOR, out);
    }

    /**
     * The values in an existing 规格型号, one per element: missing ones are empty, and what goes beyond the last
     * element stays in it (text a clerk typed with {@code |} of its own is not lost).
     */
    public List<String> values(String spec) {
        List<String> parts = spec == null || spec.isEmpty() ? List.of()
                : Arrays.asList(spec.split(Pattern.quote(SEPARATOR), -1));
        List<String> out = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            if (i == elements.size() - 1 && parts.size() > elements.size()) {
                out.add(String.join(SEPARATOR, parts.subList(i, parts.size())).strip());
            } else {
                out.add(i < parts.size() ? parts.get(i).strip() : "");
            }
        }
        return out;
    }

    /** The required elements whose value is blank in {@code values}. */
    public List<Element> missing(List<String> values) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            String v = i < values.size() ? values.get(i) : null;
            if (elements.get(i).required() && (v == null || v.isBlank())) {
                out.add(elements.get(i));
            }
        }
        return out;
    }
}
