package org.tongguan.core.internal.declaration;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.tongguan.core.FieldError;
import org.tongguan.core.Messages;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.Validator;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.declaration.ImportResult;
import org.tongguan.core.declaration.ItemTab;
import org.tongguan.core.io.Xlsx;

/**
 * The reading side of an 导入: a thread of its own reads the xlsx (streaming), checks every row as a saved row is
 * checked (fields, the type's row check, unique columns against the stored rows and the rows read before) and hands
 * the good rows over while the caller writes them; every bad row is reported with its row number, column and rule.
 * The file must be laid out as the tab's template: a heading row (Chinese or English) and the entered columns.
 */
final class ItemImport implements AutoCloseable {
    /**
     * Thrown inside the import's transaction when a row is refused, so that nothing is written: an expected refusal
     * (a rule violation), rolled back as one, not a failure of the server.
     */
    static final class Refused extends RuleViolation {
        private static final long serialVersionUID = 1L;

        Refused() {
            super("import.refused");
        }
    }

    /** A checked row and where it stands in the file. */
    record Row(int rowNumber, Map<String, String> values) {
    }

    private static final Messages CORE = Messages.CORE;
    private static final Object END = new Object();
    /** Rows one file may hold. */
    static final int MAX_IMPORT_ROWS = 50_000;
    /** Bad rows reported at the most (the file is refused all the same). */
    static final int MAX_REPORTED_ERRORS = 500;

    private final DocumentType type;
    private final ItemTab tab;
    private final Locale locale;
    private final BlockingQueue<Object> handover = new ArrayBlockingQueue<>(4_000);
    private final List<ImportResult.RowError> errors = Collections.synchronizedList(new ArrayList<>());
    private final Thread reader;
    private volatile boolean stopped;
    private volatile RuntimeException failure;
    private volatile int rows;

    /** @param pipeline the tab's row pipeline, over the document as stored when the import starts */
    ItemImport(DocumentType type, ItemTab tab, RowPipeline pipeline, Locale locale, InputStream xlsx) {
        this.type = type;
        this.tab = tab;
        this.locale = locale;
        reader = new Thread(() -> read(pipeline, xlsx), "tongguan-import-" + tab.key());
        reader.setDaemon(true);
        reader.start();
    }

    /** The next good row, or null when the file is read to its end. */
    Row next() {
        try {
            Object o;
            do {
                o = handover.poll(1, TimeUnit.SECONDS);
                if (o == null && !reader.isAlive() && handover.isEmpty()) {
                    o = END;
                }
            } while (o == null);
            if (o == END) {
                reader.join();
                if (failure != null) {
                    throw failure;
                }
                return null;
            }
            return (Row) o;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    /** Whether a row was refused (reading goes on, to report every bad row). */
    boolean refused() {
        return !errors.isEmpty();
    }

    /** A row the writing side refuses (e.g. a 序号 it has given to a blank one already). */
    void refuse(int rowNumber, String key, String message) {
        error(rowNumber, key, message);
    }

    /** The data rows read (without the heading row); complete once {@link #next()} returned null. */
    int rows() {
        return rows;
    }

    List<ImportResult.RowError> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    @Override
    public void close() {
        stopped = true;
        handover.clear();
        try {
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void error(int rowNumber, String key, String message) {
        synchronized (errors) {
            if (errors.size() < MAX_REPORTED_ERRORS) {
                errors.add(new ImportResult.RowError(rowNumber, key == null ? "" : tab.column(key)
                        .map(f -> type.messages().get(f.labelKey(), locale)).orElse(""), message));
            }
        }
    }

    private void hand(Object o) throws InterruptedException {
        while (!stopped && !handover.offer(o, 1, TimeUnit.SECONDS)) {
            // the writer is busy: wait
        }
    }

    private void read(RowPipeline pipeline, InputStream xlsx) {
        List<FieldSpec> columns = tab.enteredColumns();
        List<String> zh = headings(Messages.DEFAULT_LOCALE);
        List<String> en = headings(Locale.ENGLISH);
        int[] count = {0};
        boolean[] first = {true};
        try {
            Xlsx.read(xlsx, (rowNumber, cells) -> {
                if (stopped) {
                    return false;
                }
                if (first[0]) {
                    first[0] = false;
                    if (cells.equals(zh) || cells.equals(en)) {
                        return true;
                    }
                    if (!cells.isEmpty() && (zh.contains(cells.get(0)) || en.contains(cells.get(0)))) {
                        int c = 0;
                        while (c < columns.size() && c < cells.size()
                                && (cells.get(c).equals(zh.get(c)) || cells.get(c).equals(en.get(c)))) {
                            c++;
                        }
                        error(rowNumber, null, CORE.get("import.heading", locale, c + 1, type.messages()
                                .get(columns.get(Math.min(c, columns.size() - 1)).labelKey(), locale)));
                        return false;
                    }
                }
                count[0]++;
                if (count[0] > MAX_IMPORT_ROWS) {
                    error(rowNumber, null, CORE.get("import.tooManyRows", locale,
                            MAX_IMPORT_ROWS));
                    return false;
                }
                Map<String, String> input = new HashMap<>();
                for (int c = 0; c < columns.size() && c < cells.size(); c++) {
                    input.put(columns.get(c).key(), cells.get(c));
                }
                Validator v = new Validator(CORE);
                Map<String, String> checked = pipeline.check(input, Map.of(), v, -1);
                for (FieldError e : v.errors()) {
                    String field = e.field().startsWith(tab.key() + ".") ? e.field().substring(tab.key().length() + 1)
                            : e.field();
                    error(rowNumber, tab.column(field).isPresent() ? field : null, e.message(locale));
                }
                if (v.errors().isEmpty() && !refused()) {
                    pipeline.mark(checked, Map.of(), true);
                    try {
                        hand(new Row(rowNumber, checked));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
                return true;
            });
        } catch (IOException e) {
            error(1, null, CORE.get("import.notXlsx", locale, e.getMessage()));
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            rows = count[0];
            if (errors.isEmpty() && failure == null && count[0] == 0) {
                error(2, null, CORE.get("import.noRows", locale));
            }
            try {
                hand(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private List<String> headings(Locale l) {
        return tab.enteredColumns().stream().map(c -> type.messages().get(c.labelKey(), l)).toList();
    }
}
