package org.tongguan.core.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongguan.core.console.ConsoleCommands;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentService;

@Service
@Command(scope = "tongguan", name = "doc-copy", description = "复制 of a whole document into new drafts (header and rows; not what customs assigned)")
public class DocCopyCommand implements Action {
    @Reference
    DocumentService documents;

    @Argument(index = 0, name = "id", required = true, description = "the document's id (see doc-list)")
    long id;
    @Option(name = "--times", description = "how many copies")
    int times = 1;

    @Override
    public Object execute() throws Exception {
        return ConsoleCommands.run(() -> {
            Document first = null;
            Document last = null;
            for (int i = 0; i < times; i++) {
                last = documents.copy(ConsoleCommands.ACTOR, id);
                first = first == null ? last : first;
            }
            return last == null ? "copied nothing" : "copied " + times + ": " + first.id() + " … " + last.id();
        });
    }
}
