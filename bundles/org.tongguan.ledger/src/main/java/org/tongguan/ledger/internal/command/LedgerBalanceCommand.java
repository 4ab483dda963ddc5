package org.tongguan.ledger.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongguan.core.console.ConsoleCommands;
import org.tongguan.ledger.Balance;
import org.tongguan.ledger.LedgerBook;
import org.tongguan.ledger.Mark;

@Service
@Command(scope = "tongguan", name = "ledger-balance", description = "Prints the balances (余量) of an approved ledger's"
        + " 料件 or 成品, tab-separated: 序号 料号 名称 进口 出口 成品折料 内销 复出 余料结转 边角料 余量 预警值")
public class LedgerBalanceCommand implements Action {
    @Reference
    LedgerBook book;

    @Argument(index = 0, name = "emsNo", required = true, description = "账册编号, e.g. E90000000001")
    String emsNo;
    @Option(name = "--mark", description = "I 料件 (default) or E 成品")
    String mark = "I";
    @Option(name = "--below", description = "only the rows under their 预警值")
    boolean below;

    @Override
    public Object execute() throws Exception {
        return ConsoleCommands.run(() -> {
            List<Balance> rows = book.balances(ConsoleCommands.ACTOR, emsNo, Mark.valueOf(mark));
            StringBuilder out = new StringBuilder();
            int n = 0;
            for (Balance b : rows) {
                if (below && !b.belowWarning()) {
                    continue;
                }
                n++;
                out.append(String.join("\t", Long.toString(b.item().seqNo()), text(b.item().mtno()),
                        text(b.item().name()), b.imported().toPlainString(), b.exported().toPlainString(),
                        b.consumed().toPlainString(), b.domestic().toPlainString(), b.reexported().toPlainString(),
                        b.transferred().toPlainString(), b.scrap().toPlainString(), b.balance().toPlainString(),
                        b.item().warnQty() == null ? "" : b.item().warnQty().toPlainString())).append('\n');
            }
            return out.append(n).append(" rows").toString();
        });
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
