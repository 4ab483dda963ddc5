package org.tongguan.core.internal.command;

import java.nio.file.Path;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongguan.core.console.ConsoleCommands;
import org.tongguan.core.internal.code.HsTableImport;

@Service
@Command(scope = "tongguan", name = "hs-import", description = "Replaces the HS table with a file of the shipped "
        + "columns (CSV or xlsx), after checking every row; prints the codes added, removed and changed")
public class HsImportCommand implements Action {
    @Reference
    HsTableImport table;

    @Argument(index = 0, name = "file", required = true, description = "the .csv or .xlsx file")
    String file;

    @Override
    public Object execute() throws Exception {
        return ConsoleCommands.run(() -> {
            HsTableImport.Report r = table.importHs(ConsoleCommands.ACTOR, Path.of(file));
            return "HS table edition " + r.edition() + ": " + r.size() + " codes\n"
                    + list("added", r.added()) + list("removed", r.removed()) + list("changed", r.changed())
                    + "added " + r.added().size() + ", removed " + r.removed().size() + ", changed "
                    + r.changed().size();
        });
    }

    private static String list(String what, List<String> codes) {
        StringBuilder b = new StringBuilder();
        for (String c : codes) {
            b.append(what).append('\t').append(c).append('\n');
        }
        return b.toString();
    }
}
