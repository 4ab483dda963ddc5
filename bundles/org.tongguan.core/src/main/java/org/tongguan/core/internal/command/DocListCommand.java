package org.tongguan.core.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongguan.core.console.ConsoleCommands;
import org.tongguan.core.declaration.DocumentQuery;
import org.tongguan.core.declaration.DocumentService;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.DocumentSummary;
import org.tongguan.core.declaration.Receipt;

@Service
@Command(scope = "tongguan", name = "doc-list", description = "Lists an enterprise's documents of a type: id, 企业内部编号, state, 预录入统一编号, 业务编号")
public class DocListCommand implements Action {
    @Reference
    DocumentService documents;

    @Argument(index = 0, name = "type", required = true, description = "document type id, e.g. qyzz")
    String type;
    @Argument(index = 1, name = "enterprise", required = true, description = "海关编码 of the enterprise")
    String enterprise;
    @Option(name = "--state", description = "DRAFT, DECLARED, ACCEPTED, DECLARE_FAILED, APPROVED, RETURNED or MANUAL")
    String state;
    @Option(name = "--count", description = "print only the number of documents")
    boolean count;
    @Option(name = "--until", description = "with --count: wait until there are at least this many (a script waits"
            + " for receipts without polling the console)")
    int until;
    @Option(name = "--timeout", description = "with --until: give up after this many seconds (default 600)")
    int timeoutSeconds = 600;
    @Option(name = "--receipts", description = "add the receipts kept per document, by kind (e.g. IMPORT=1"
            + " BUSINESS=1): a receipt applied twice shows as 2")
    boolean receipts;

    @Override
    public Object execute() throws Exception {
        if (until > 0 && !count) {
            throw new IllegalArgumentException("--until goes with --count");
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(timeoutSeconds);
        DocumentState wanted = state == null ? null : DocumentState.valueOf(state);
        return ConsoleCommands.run(() -> {
            if (count) {
                DocumentQuery query = new DocumentQuery(type, enterprise, wanted, null, null, null, 0, 1);
                long n = documents.count(ConsoleCommands.ACTOR, query);
                while (n < until) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("only " + n + " of " + until + " documents after "
                                + timeoutSeconds + " s");
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted with " + n + " of " + until);
                    }
                    n = documents.count(ConsoleCommands.ACTOR, query);
                }
                return Long.toString(n);
            }
            List<DocumentSummary> all = DocumentCommands.all(documents, type, enterprise, wanted);
            StringBuilder out = new StringBuilder();
            for (DocumentSummary d : all) {
                out.append(DocumentCommands.line(d));
                if (receipts) {
                    java.util.Map<Receipt.Kind, Integer> kinds = new java.util.EnumMap<>(Receipt.Kind.class);
                    documents.receipts(ConsoleCommands.ACTOR, d.id()).forEach(r -> kinds.merge(r.kind(), 1,
                            Integer::sum));
                    kinds.forEach((kind, n) -> out.append(' ').append(kind).append('=').append(n));
                }
                out.append('\n');
            }
            return out.append(all.size()).append(" documents").toString();
        });
    }
}
