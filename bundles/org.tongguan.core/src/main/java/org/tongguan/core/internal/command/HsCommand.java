package org.tongguan.core.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongguan.core.code.CodeTables;
import org.tongguan.core.code.HsCode;

@Service
@Command(scope = "tongguan", name = "hs", description = "Looks up HS codes by prefix (at least 4 digits)")
public class HsCommand implements Action {
    @Reference
    CodeTables codes;

    @Argument(index = 0, name = "prefix", required = true)
    String prefix;

    @Override
    public Object execute() {
        for (HsCode h : codes.searchHs(prefix, 50)) {
            System.out.println(h.code() + (h.nameZh() == null ? "" : "\t" + h.nameZh()));
        }
        return null;
    }
}
