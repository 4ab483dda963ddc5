package org.tongguan.core.internal.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tongguan.core.Validator;
import org.tongguan.core.code.CodeEntry;
import org.tongguan.core.code.CodeTable;
import org.tongguan.core.code.CodeTableId;
import org.tongguan.core.io.Xlsx;

/**
 * Reads the code tables shipped under {@code /org/tongguan/core/codes/} (UTF-8 CSV, one header row; provenance in
 * {@code SOURCES.md} next to them).
 *
 * <p>Countries and currencies are keyed by the old 3-digit customs code that the bonded-system messages use, with the
 * ISO alpha-3 code kept as {@code isoCode}. In the 2018 country table several territories without an old code of
 * their own share the code of their sovereign or of a regional "other" entry (BVT 布维岛 and NOR 挪威 are both 326;
 * IOT, SHN and the "非洲其他国家(地区)" row are all 299). The owning row comes after those territories (rows are in
 * ISO-numeric order and the "other" rows are 9xx), so the <em>last</em> row for an old code is kept.
 */
public final class CodeTableLoader {
    private static final String BASE = "/org/tongguan/core/codes/";
    /** The HS table shipped: the 2020 edition with names, legal units, 监管条件 and 申报要素 (Source C of SOURCES.md). */
    public static final String HS_RESOURCE = "hs_codes_2020.csv";

    private CodeTableLoader() {
    }

    /** The table {@code id}, in file order. */
    public static CodeTable load(CodeTableId id) {
        Rows rows = read(id.resource());
        boolean oldCustomsCode = id == CodeTableId.COUNTRY || id == CodeTableId.CURRENCY;
        List<CodeEntry> entries = new ArrayList<>(rows.data().size());
        for (String[] row : rows.data()) {
            String code = rows.value(row, oldCustomsCode ? "old_customs_code" : "code");
            String iso = oldCustomsCode ? rows.value(row, "code") : null;
            entries.add(new CodeEntry(code, rows.value(row, "name_zh"), rows.optional(row, "name_en"), iso));
        }
        return new CodeTable(id, id == CodeTableId.COUNTRY ? keepLastPerCode(entries) : entries);
    }

    /** The shipped HS table, checked as an import is (its units against the shipped unit table). */
    public static HsCodeIndex loadHsCodes() {
        return loadHsCodes(load(CodeTableId.UNIT));
    }

    static HsCodeIndex loadHsCodes(CodeTable units) {
        try (InputStream in = CodeTableLoader.class.getResourceAsStream(BASE + HS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing code table resource " + BASE + HS_RESOURCE);
            }
            return readHsTable(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))), units);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + HS_RESOURCE, e);
        }
    }

    private static HsCodeIndex readHsTable(List<String[]> records, CodeTable units) {
        Validator v = Validator.core();
        HsCodeIndex index = HsTableFile.read(records, units, v);
        if (index == null) {
            throw new IllegalStateException(HS_RESOURCE + ": " + v.errors().get(0).message(Locale.ENGLISH));
        }
        return index;
    }

    /**
     * The records of an HS table file to import: a UTF-8 {@code .csv} (as {@link #parse} reads it) or the first
     * sheet of an {@code .xlsx}, where an empty row is a null record, so records keep the sheet's row numbers.
     *
     * @throws IllegalArgumentException for another kind of file or a CSV that is not RFC 4180
     */
    static List<String[]> readRecords(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return parse(r);
            }
        }
        if (!name.endsWith(".xlsx")) {
            throw new IllegalArgumentException("not a .csv or .xlsx file: " + file);
        }
        List<String[]> records = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            Xlsx.read(in, (rowNumber, cells) -> {
                while (records.size() < rowNumber - 1) {
                    records.add(null);
                }
                records.add(cells.toArray(String[]::new));
                return true;
            });
        }
        return records;
    }

    /**
     * RFC 4180 records: fields separated by commas, optionally in double quotes, where a quoted field may hold commas,
     * line breaks and doubled quotes; records end with CRLF or LF. A leading byte-order mark is skipped and a final
     * empty line ignored.
     *
     * @throws IllegalArgumentException for a quote inside an unquoted field, text after a closing quote, or an
     *     unterminated quoted field
     */
    static List<String[]> parse(Reader reader) throws IOException {
        List<String[]> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int c = reader.read();
        if (c == '\uFEFF') {
            c = reader.read();
        }
        boolean atRecordStart = true;
        while (c != -1) {
            atRecordStart = false;
            if (c == '"' && field.isEmpty()) {
                int startLine = line;
                while (true) {
                    c = reader.read();
                    if (c == -1) {
                        throw new IllegalArgumentException("unterminated quoted field starting on line " + startLine);
                    }
                    if (c == '"') {
                        c = reader.read();
                        if (c != '"') {
                            break;
                        }
                    } else if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                if (c != ',' && c != '\r' && c != '\n' && c != -1) {
                    throw new IllegalArgumentException("text after closing quote on line " + line);
                }
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    c = reader.read();
                    if (c != '\n') {
                        throw new IllegalArgumentException("bare CR on line " + line);
                    }
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields.toArray(String[]::new));
                fields.clear();
                line++;
                atRecordStart = true;
            } else if (c == '"') {
                throw new IllegalArgumentException("quote inside an unquoted field on line " + line);
            } else {
                field.append((char) c);
            }
            c = reader.read();
        }
        if (!atRecordStart) {
            fields.add(field.toString());
            records.add(fields.toArray(String[]::new));
        }
        return records;
    }

    private static List<CodeEntry> keepLastPerCode(List<CodeEntry> entries) {
        Map<String, Integer> lastIndex = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            lastIndex.put(entries.get(i).code(), i);
        }
        List<CodeEntry> kept = new ArrayList<>(lastIndex.size());
        for (int i = 0; i < entries.size(); i++) {
            if (lastIndex.get(entries.get(i).code()) == i) {
                kept.add(entries.get(i));
            }
        }
        return kept;
    }

    private static Rows read(String resource) {
        try (InputStream in = CodeTableLoader.class.getResourceAsStream(BASE + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing code table resource " + BASE + resource);
            }
            List<String[]> records = parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            if (records.isEmpty()) {
                throw new IllegalStateException(resource + " has no header row");
            }
            Map<String, Integer> columns = new LinkedHashMap<>();
            String[] header = records.get(0);
            for (int i = 0; i < header.length; i++) {
                columns.put(header[i].strip(), i);
            }
            List<String[]> data = records.subList(1, records.size());
            for (int r = 0; r < data.size(); r++) {
                if (data.get(r).length != header.length) {
                    throw new IllegalStateException(resource + " record " + (r + 2) + " has " + data.get(r).length
                            + " fields, the header has " + header.length);
                }
            }
            return new Rows(resource, columns, data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Data records of one CSV with its header's column positions. */
    private record Rows(String resource, Map<String, Integer> columns, List<String[]> data) {
        String value(String[] row, String column) {
            if (!columns.containsKey(column)) {
                throw new IllegalStateException(resource + " has no column " + column);
            }
            String v = optional(row, column);
            if (v == null) {
                throw new IllegalStateException(resource + ": empty " + column + " in " + String.join(",", row));
            }
            return v;
        }

        String optional(String[] row, String column) {
            Integer i = columns.get(column);
            if (i == null) {
                return null;
            }
            String v = row[i].strip();
            return v.isEmpty() ? null : v;
        }
    }
}
