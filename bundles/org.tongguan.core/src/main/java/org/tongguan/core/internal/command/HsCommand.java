package org.tongguan.core.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongguan.core.code.CodeTable;
import org.tongguan.core.code.CodeTableId;
import org.tongguan.core.code.CodeTables;
import org.tongguan.core.code.HsCode;

@Service
@Command(scope = "tongguan", name = "hs",
        description = "Looks up HS codes by prefix (at least 4 digits) or by words of the name, with names and legal units")
public class HsCommand implements Action {
    @Reference
    CodeTables codes;

    @Argument(index = 0, name = "prefix or words", required = true, multiValued = true)
    List<String> query;

    @Option(name = "--limit", description = "how many codes at most (default 50)")
    int limit = 50;

    @Override
    public Object execute() {
        String text = String.join(" ", query).strip();
        List<HsCode> found = text.chars().allMatch(Character::isDigit) ? codes.searchHs(text, limit)
                : codes.searchHsNames(text, limit);
        CodeTable units = codes.table(CodeTableId.UNIT);
        for (HsCode h : found) {
            System.out.println(h.code() + "\t" + h.nameZh() + "\t" + String.join(" / ",
                    h.legalUnits().stream().map(units::label).toList()));
        }
        System.out.println("商品编码表 / HS table " + codes.hsEdition() + ": " + found.size() + " of " + codes.hsCount());
        return null;
    }
}
