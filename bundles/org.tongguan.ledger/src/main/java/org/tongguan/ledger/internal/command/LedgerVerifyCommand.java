package org.tongguan.ledger.internal.command;

import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongguan.core.console.ConsoleCommands;
import org.tongguan.ledger.LedgerBook;
import org.tongguan.ledger.Verification;

@Service
@Command(scope = "tongguan", name = "ledger-verify", description = "Computes the 报核 figures of an approved ledger for a"
        + " period, tab-separated per 料件: 序号 料号 期初 进口 结转转入 成品耗用 复出 内销 结转转出 边角料 应剩余")
public class LedgerVerifyCommand implements Action {
    @Reference
    LedgerBook book;

    @Argument(index = 0, name = "emsNo", required = true, description = "账册编号")
    String emsNo;
    @Argument(index = 1, name = "from", required = true, description = "first day, yyyy-MM-dd")
    String from;
    @Argument(index = 2, name = "to", required = true, description = "last day, yyyy-MM-dd")
    String to;

    @Override
    public Object execute() throws Exception {
        return ConsoleCommands.run(() -> {
            long start = System.nanoTime();
            Verification v = book.verify(emsNo, LocalDate.parse(from), LocalDate.parse(to));
            double seconds = (System.nanoTime() - start) / 1e9;
            StringBuilder out = new StringBuilder();
            for (Verification.Material m : v.materials()) {
                out.append(m.item().seqNo()).append('\t').append(m.item().mtno() == null ? "" : m.item().mtno());
                for (java.math.BigDecimal d : new java.math.BigDecimal[] {m.opening(), m.imported(), m.transferIn(),
                    m.consumed(), m.reexported(), m.domestic(), m.transferOut(), m.scrap(), m.expected()}) {
                    out.append('\t').append(d.toPlainString());
                }
                out.append('\n');
            }
            return out.append(v.materials().size()).append(" materials, computed in ")
                    .append(String.format(java.util.Locale.ROOT, "%.3f", seconds)).append(" s").toString();
        });
    }
}
