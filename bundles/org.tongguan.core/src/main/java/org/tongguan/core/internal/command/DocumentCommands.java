package org.tongguan.core.internal.command;

import java.util.List;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentQuery;
import org.tongguan.core.declaration.DocumentService;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.DocumentSummary;

/** What the document commands share: listing an enterprise's documents of a type, page by page. */
final class DocumentCommands {
    private static final int PAGE = 1000;

    private DocumentCommands() {
    }

    static List<DocumentSummary> all(DocumentService documents, String type, String enterprise, DocumentState state) {
        List<DocumentSummary> out = new java.util.ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<DocumentSummary> page = documents.query(org.tongguan.core.console.ConsoleCommands.ACTOR,
                    new DocumentQuery(type, enterprise, state, null, null, null, offset, PAGE));
            out.addAll(page);
            if (page.size() < PAGE) {
                return out;
            }
        }
    }

    static String line(Document d) {
        return d.id() + " " + d.etpsPreentNo() + " " + d.state().name() + " " + (d.seqNo() == null ? "-" : d.seqNo());
    }

    static String line(DocumentSummary d) {
        return d.id() + " " + d.etpsPreentNo() + " " + d.state().name() + " " + (d.seqNo() == null ? "-" : d.seqNo())
                + " " + (d.businessNo() == null ? "-" : d.businessNo());
    }
}
