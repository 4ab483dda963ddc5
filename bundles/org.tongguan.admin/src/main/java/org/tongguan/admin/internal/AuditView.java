package org.tongguan.admin.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.tongguan.core.Messages;
import org.tongguan.core.audit.AuditAction;
import org.tongguan.core.audit.AuditEntry;
import org.tongguan.core.audit.AuditLog;
import org.tongguan.core.audit.AuditQuery;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.time.TimeDisplay;
import org.tongguan.shell.CurrentUser;
import org.tongguan.shell.DatePickers;
import org.tongguan.shell.SearchField;

/**
 * 审计日志: every recorded change and refusal, newest first, fetched page by page. The filters (user, enterprise, kind,
 * period, text) are the database's query, so every page of the grid is a page of what matches; times are shown in
 * the product's time zone, record types, kinds, states and permissions by their names.
 */
public class AuditView extends VerticalLayout {
    /** Longer values are cut in the cell; the tooltip shows them whole. */
    static final int CELL_CHARS = 60;
    private final AuditLog audit;
    private final AccessPolicy policy;
    private final TimeDisplay time;
    private final Locale locale;
    private final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    private final SearchField filter = new SearchField("audit-filter", getTranslation("admin.audit.filter"),
            this::refresh);
    private final TextField actor = new TextField(getTranslation("admin.audit.actor"));
    private final TextField enterprise = new TextField(getTranslation("admin.audit.enterprise"));
    private final Select<AuditAction> action = new Select<>();
    private final DatePicker from;
    private final DatePicker to;
    /** The permissions' names, for refusals; read again at each refresh (areas come and go). */
    private Map<String, String> permissionNames;

    private final java.util.function.BiFunction<String, Locale, String> typeTitle;

    public AuditView(AuditLog audit, AccessPolicy policy, TimeDisplay time) {
        this(audit, policy, time, (type, locale) -> type);
    }

    /** @param typeTitle a document type's title in a locale (its id when the type is not installed) */
    public AuditView(AuditLog audit, AccessPolicy policy, TimeDisplay time,
            java.util.function.BiFunction<String, Locale, String> typeTitle) {
        this.typeTitle = typeTitle;
        this.audit = audit;
        this.policy = policy;
        this.time = time;
        this.locale = Messages.supported(getLocale());
        this.permissionNames = policy.permissionNames(locale);
        this.from = DatePickers.picker(getTranslation("admin.audit.from"), "audit-from", locale);
        this.to = DatePickers.picker(getTranslation("admin.audit.to"), "audit-to", locale);
        addClassName("tg-audit-view");
        setSizeFull();
        configureFilters();
        configureGrid();
        add(new H2(getTranslation("admin.audit.title")), toolbar(), grid);
    }

    private void configureFilters() {
        actor.setId("audit-actor");
        enterprise.setId("audit-enterprise");
        enterprise.setMaxLength(10);
        for (TextField f : new TextField[] {actor, enterprise}) {
            f.setClearButtonVisible(true);
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.setWidth("10em");
            f.addValueChangeListener(e -> refresh());
        }
        action.setId("audit-action");
        action.setLabel(getTranslation("admin.audit.action"));
        action.setItems(Arrays.asList(AuditAction.values()));
        action.setItemLabelGenerator(a -> a == null ? getTranslation("admin.audit.action.all")
                : translated("admin.audit.action.", a.name()));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("admin.audit.action.all"));
        action.setWidth("9em");
        action.addValueChangeListener(e -> refresh());
        for (DatePicker d : new DatePicker[] {from, to}) {
            d.setWidth("10em");
            d.setClearButtonVisible(true);
            d.addValueChangeListener(e -> refresh());
        }
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> time.dateTime(e.getAt())).setHeader(getTranslation("admin.audit.at")).setKey("at")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::getActor).setHeader(getTranslation("admin.audit.actor")).setKey("actor")
                .setAutoWidth(true);
        grid.addColumn(e -> translated("admin.audit.action.", e.getAction()))
                .setHeader(getTranslation("admin.audit.action")).setKey("action").setAutoWidth(true);
        grid.addColumn(e -> translated("admin.audit.recordType.", e.getRecordType()))
                .setHeader(getTranslation("admin.audit.recordType")).setKey("recordType").setAutoWidth(true);
        grid.addColumn(this::record).setHeader(getTranslation("admin.audit.recordId")).setKey("recordId")
                .setAutoWidth(true);
        grid.addColumn(e -> e.getEnterpriseCode() == null ? "" : e.getEnterpriseCode())
                .setHeader(getTranslation("admin.audit.enterprise")).setKey("enterprise").setAutoWidth(true);
        valueColumn(AuditEntry::getOldValue, "oldValue");
        valueColumn(AuditEntry::getNewValue, "newValue");
        grid.setItems(q -> audit.find(CurrentUser.get(), query(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) audit.count(CurrentUser.get(), query()));
        grid.setSizeFull();
    }

    /** What the filters ask, for the database. */
    AuditQuery query() {
        return new AuditQuery(actor.getValue(), enterprise.getValue(), action.getValue(), from.getValue(),
                to.getValue(), filter.getValue());
    }

    /** The record: a refused permission by its name, anything else as recorded. */
    private String record(AuditEntry e) {
        if (AuditAction.REFUSED.name().equals(e.getAction())) {
            return permissionNames.getOrDefault(e.getRecordId(), e.getRecordId());
        }
        return e.getRecordId();
    }

    private void valueColumn(ValueProvider<AuditEntry, String> value, String key) {
        ValueProvider<AuditEntry, String> shown = e -> AuditText.shown(value.apply(e), locale, time, typeTitle);
        grid.addColumn(e -> shortened(shown.apply(e))).setHeader(getTranslation("admin.audit." + key)).setKey(key)
                .setFlexGrow(1).setTooltipGenerator(shown);
    }

    private HorizontalLayout toolbar() {
        Button reload = new Button(getTranslation("admin.audit.reload"), VaadinIcon.REFRESH.create(), e -> refresh());
        reload.setId("audit-reload");
        HorizontalLayout bar = new HorizontalLayout(filter, actor, enterprise, action, from, to, reload);
        bar.addClassName("tg-toolbar");
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void refresh() {
        permissionNames = policy.permissionNames(locale);
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
