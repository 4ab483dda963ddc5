package org.tongguan.core.internal.command;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.console.ConsoleCommands;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentService;
import org.tongguan.core.declaration.ImportResult;

@Service
@Command(scope = "tongguan", name = "doc-create", description = "暂存 of a new document from a header file (UTF-8 key=value, the message's field names) and item rows from xlsx files laid out as the import templates")
public class DocCreateCommand implements Action {
    @Reference
    DocumentService documents;

    @Argument(index = 0, name = "type", required = true, description = "document type id, e.g. qyzz")
    String type;
    @Argument(index = 1, name = "headerFile", required = true, description = "the header values, key=value per line (UTF-8)")
    String headerFile;
    @Option(name = "--import", multiValued = true, description = "tab=file.xlsx, e.g. mtpck=/data/mtpck.xlsx; all rows or none")
    List<String> imports;

    @Override
    public Object execute() throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of(headerFile), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> header = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> header.put(k, p.getProperty(k)));
        return ConsoleCommands.run(() -> {
            Document d = documents.create(ConsoleCommands.ACTOR, type, header);
            StringBuilder out = new StringBuilder("created " + DocumentCommands.line(d));
            for (String spec : imports == null ? List.<String>of() : imports) {
                int eq = spec.indexOf('=');
                if (eq < 1) {
                    throw new IllegalArgumentException("--import takes tab=file.xlsx: " + spec);
                }
                ImportResult r;
                try (InputStream in = Files.newInputStream(Path.of(spec.substring(eq + 1)))) {
                    r = documents.importItems(ConsoleCommands.ACTOR, d.id(), d.version(), spec.substring(0, eq), in,
                            Locale.SIMPLIFIED_CHINESE);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                if (!r.ok()) {
                    StringBuilder why = new StringBuilder();
                    r.errors().forEach(e -> why.append('\n').append(e));
                    throw new RuleViolation("validation.failed", spec + why);
                }
                d = r.document();
                out.append("\nimported ").append(r.rows()).append(" rows into ").append(spec, 0, eq);
            }
            return out.toString();
        });
    }
}
