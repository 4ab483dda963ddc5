package org.tongguan.core.internal.code;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tongguan.core.Validator;
import org.tongguan.core.code.CodeTable;
import org.tongguan.core.code.DeclarationElements;
import org.tongguan.core.code.HsCode;

/**
 * Reads an HS table in the columns of the shipped {@code hs_codes_2020.csv} (the same for the file the product ships
 * and for the files {@code tongguan:hs-import} takes, CSV or xlsx): code, name_zh, first_unit, second_unit,
 * supervision_conditions, declaration_elements, edition; other columns (note, antidumping_elements) are ignored.
 * Every row is checked: a 10-digit code, once; a name; a first unit and an optional second unit of the unit table;
 * 申报要素 that are numbered elements; one edition for the whole file. Errors name the row as a spreadsheet shows it
 * (the header is row 1) and stop after {@value #MAX_ERRORS}.
 */
final class HsTableFile {
    static final List<String> REQUIRED = List.of("code", "name_zh", "first_unit", "second_unit",
            "supervision_conditions", "declaration_elements", "edition");
    static final int MAX_ERRORS = 50;
    private static final Pattern CODE = Pattern.compile("[0-9]{10}");

    private HsTableFile() {
    }

    /**
     * The table of {@code records} (the header first; a null record is an empty row), or null when {@code v} got errors.
     *
     * @param units the customs unit table the legal units must be in
     */
    static HsCodeIndex read(List<String[]> records, CodeTable units, Validator v) {
        if (records.isEmpty()) {
            v.error("file", "hs.import.empty");
            return null;
        }
        Map<String, Integer> columns = new HashMap<>();
        String[] header = records.get(0);
        for (int i = 0; i < header.length; i++) {
            columns.put(header[i].strip().replace("\uFEFF", ""), i);
        }
        for (String c : REQUIRED) {
            if (!columns.containsKey(c)) {
                v.error("file", "hs.import.column", c);
            }
        }
        if (!v.errors().isEmpty()) {
            return null;
        }
        List<HsCode> codes = new ArrayList<>(records.size());
        Set<String> seen = new HashSet<>(records.size() * 2);
        String edition = null;
        int errors = 0;
        for (int r = 1; r < records.size() && errors < MAX_ERRORS; r++) {
            String[] row = records.get(r);
            if (row == null) {
                continue; // an empty row of a spreadsheet
            }
            int rowNo = r + 1;
            int before = v.errors().size();
            String code = cell(row, columns.get("code"));
            String name = cell(row, columns.get("name_zh"));
            String unit1 = cell(row, columns.get("first_unit"));
            String unit2 = cell(row, columns.get("second_unit"));
            String rowEdition = cell(row, columns.get("edition"));
            if (!CODE.matcher(code).matches()) {
                v.error("row" + rowNo, "hs.import.code", rowNo, code);
            } else if (!seen.add(code)) {
                v.error("row" + rowNo, "hs.import.duplicate", rowNo, code);
            }
            if (name.isEmpty()) {
                v.error("row" + rowNo, "hs.import.name", rowNo, code);
            }
            if (units.find(unit1).isEmpty()) {
                v.error("row" + rowNo, "hs.import.unit1", rowNo, code, unit1);
            }
            if (!unit2.isEmpty() && units.find(unit2).isEmpty()) {
                v.error("row" + rowNo, "hs.import.unit2", rowNo, code, unit2);
            }
            if (rowEdition.isEmpty() || edition != null && !edition.equals(rowEdition)) {
                v.error("row" + rowNo, "hs.import.edition", rowNo, rowEdition, edition == null ? "" : edition);
            } else {
                edition = rowEdition;
            }
            DeclarationElements elements = DeclarationElements.NONE;
            try {
                elements = DeclarationElements.parse(cell(row, columns.get("declaration_elements")));
            } catch (IllegalArgumentException e) {
                v.error("row" + rowNo, "hs.import.elements", rowNo, code);
            }
            if (v.errors().size() > before) {
                errors += v.errors().size() - before;
                continue;
            }
            String supervision = cell(row, columns.get("supervision_conditions"));
            codes.add(new HsCode(code, name, unit1, unit2.isEmpty() ? null : unit2,
                    supervision.isEmpty() ? null : supervision, elements));
        }
        if (codes.isEmpty() && v.errors().isEmpty()) {
            v.error("file", "hs.import.empty");
        }
        return v.errors().isEmpty() ? new HsCodeIndex(codes, edition) : null;
    }

    private static String cell(String[] row, int column) {
        return column < row.length && row[column] != null ? row[column].strip() : "";
    }

    /** What an import changes: codes added, removed, and kept with another name, unit, 监管条件 or 申报要素. */
    record Diff(List<String> added, List<String> removed, List<String> changed) {
        static Diff of(HsCodeIndex before, HsCodeIndex after) {
            List<String> added = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            for (HsCode h : after.all()) {
                before.find(h.code()).ifPresentOrElse(old -> {
                    if (!old.equals(h)) {
                        changed.add(h.code());
                    }
                }, () -> added.add(h.code()));
            }
            for (HsCode h : before.all()) {
                if (after.find(h.code()).isEmpty()) {
                    removed.add(h.code());
                }
            }
            return new Diff(List.copyOf(added), List.copyOf(removed), List.copyOf(changed));
        }
    }
}
