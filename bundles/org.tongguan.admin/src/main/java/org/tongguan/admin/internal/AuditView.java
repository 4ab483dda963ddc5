package org.tongguan.admin.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.tongguan.core.audit.AuditEntry;
import org.tongguan.core.audit.AuditLog;
import org.tongguan.core.audit.AuditQuery;
import org.tongguan.shell.CurrentUser;
import org.tongguan.shell.SearchField;

/** 审计日志: every recorded change, newest first, fetched page by page. */
public class AuditView extends VerticalLayout {
    /** Longer values are cut in the cell; the tooltip shows them whole. */
    static final int CELL_CHARS = 60;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private final AuditLog audit;
    private final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    private final SearchField filter = new SearchField("audit-filter", getTranslation("admin.audit.filter"),
            this::refresh);

    public AuditView(AuditLog audit) {
        this.audit = audit;
        addClassName("tg-audit-view");
        setSizeFull();
        configureGrid();
        add(new H2(getTranslation("admin.audit.title")), toolbar(), grid);
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> TIME.format(e.getAt())).setHeader(getTranslation("admin.audit.at")).setKey("at")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::getActor).setHeader(getTranslation("admin.audit.actor")).setKey("actor")
                .setAutoWidth(true);
        grid.addColumn(e -> translated("admin.audit.action.", e.getAction()))
                .setHeader(getTranslation("admin.audit.action")).setKey("action").setAutoWidth(true);
        grid.addColumn(e -> translated("admin.audit.recordType.", e.getRecordType()))
                .setHeader(getTranslation("admin.audit.recordType")).setKey("recordType").setAutoWidth(true);
        grid.addColumn(AuditEntry::getRecordId).setHeader(getTranslation("admin.audit.recordId"))
                .setKey("recordId").setAutoWidth(true);
        valueColumn(AuditEntry::getOldValue, "oldValue");
        valueColumn(AuditEntry::getNewValue, "newValue");
        grid.setItems(query -> audit.find(CurrentUser.get(), query(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) audit.count(CurrentUser.get(), query()));
        grid.setSizeFull();
    }

    private AuditQuery query() {
        return new AuditQuery(null, null, null, null, null, filter.getValue());
    }

    private void valueColumn(ValueProvider<AuditEntry, String> value, String key) {
        grid.addColumn(e -> shortened(value.apply(e))).setHeader(getTranslation("admin.audit." + key)).setKey(key)
                .setFlexGrow(1).setTooltipGenerator(value::apply);
    }

    private HorizontalLayout toolbar() {
        Button reload = new Button(getTranslation("admin.audit.reload"), VaadinIcon.REFRESH.create(), e -> refresh());
        reload.setId("audit-reload");
        HorizontalLayout bar = new HorizontalLayout(filter, reload);
        bar.addClassName("tg-toolbar");
        return bar;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** The text of {@code prefix + code} in the UI language, or the code itself when this bundle has no text. */
    private String translated(String prefix, String code) {
        if (code == null) {
            return "";
        }
        String text = getTranslation(prefix + code);
        return text.equals(prefix + code) ? code : text;
    }

    static String shortened(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= CELL_CHARS ? value : value.substring(0, CELL_CHARS - 1) + "…";
    }
}
