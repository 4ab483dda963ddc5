package org.tongguan.core.internal.command;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.console.ConsoleCommands;
import org.tongguan.core.declaration.DocumentService;
import org.tongguan.core.declaration.DocumentState;

@Service
@Command(scope = "tongguan", name = "doc-declare", description = "申报 of documents, signed with a card: the given ids, or every draft of a type and enterprise (--drafts)")
public class DocDeclareCommand implements Action {
    @Reference
    DocumentService documents;

    @Option(name = "--card", required = true, description = "card number of the signing card medium")
    String card;
    @Option(name = "--pin", description = "the card's PIN; without it the console asks for it (not echoed, not kept"
            + " in the history); none where the e-port client signs")
    String pin;
    @Reference
    org.apache.karaf.shell.api.console.Session session;
    @Option(name = "--drafts", description = "declare every 暂存 document of this type and enterprise: --drafts qyzz,6101940123")
    String drafts;
    @Argument(index = 0, name = "ids", multiValued = true, description = "document ids (see doc-list)")
    List<Long> ids;

    @Override
    public Object execute() throws Exception {
        if (pin == null && !documents.clientSigns()) {
            pin = session.readLine("PIN: ", '*');
        }
        return ConsoleCommands.run(() -> {
            List<long[]> targets = new ArrayList<>(); // id, version
            for (long id : ids == null ? List.<Long>of() : ids) {
                targets.add(new long[] {id, documents.get(ConsoleCommands.ACTOR, id).version()});
            }
            if (drafts != null) {
                String[] te = drafts.split(",", 2);
                if (te.length != 2) {
                    throw new IllegalArgumentException("--drafts takes type,enterprise: " + drafts);
                }
                DocumentCommands.all(documents, te[0].trim(), te[1].trim(), DocumentState.DRAFT).stream()
                        .forEach(d -> targets.add(new long[] {d.id(), d.version()}));
            }
            long start = System.nanoTime();
            List<String> failures = declareAll(targets);
            String done = "declared " + (targets.size() - failures.size()) + " documents in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms";
            if (!failures.isEmpty()) {
                throw new RuleViolation("document.batch.failed", done, failures.size(), String.join("\n", failures));
            }
            return done;
        });
    }

    /** Declares the documents (see {@link DocumentService#declareAll}); returns the failures, "id: reason". */
    private List<String> declareAll(List<long[]> targets) {
        java.util.Map<Long, Long> versions = new java.util.LinkedHashMap<>();
        targets.forEach(t -> versions.put(t[0], t[1]));
        List<String> failures = new ArrayList<>();
        documents.declareAll(ConsoleCommands.ACTOR, versions, card, pin == null ? null : pin.toCharArray())
                .forEach((id, e) -> failures.add(id + ": " + e.getMessage()));
        return failures;
    }
}
