package org.tongguan.shell.document;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.declaration.ItemTab;
import org.tongguan.shell.Problems;

/**
 * One 表体 tab: the rows in a grid, a row form above it (Enter in its last field saves the row, then the form is
 * ready for the next one, or closes on a tab whose rows the system makes), and the tab's white buttons 新增, 复制, 修改,
 * 删除, 快速查询, 显示全部.
 */
class ItemTabPanel extends VerticalLayout {
    /** What the panel asks of its editor: the service calls, each returning the document as it is now. */
    interface Actions {
        void save(String tab, Long itemId, Map<String, String> values, Consumer<Document> onSaved,
                Consumer<org.tongguan.core.RuleViolation> onRefused);

        void delete(String tab, List<Long> itemIds);

        /** How the system reached a computed row's figures. */
        java.util.Optional<org.tongguan.core.declaration.RowExplanation> explain(String tab, long itemId);
    }

    private final ItemTab tab;
    private final FieldForm form;
    private final Grid<Document.Item> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Button add;
    private final Button copy;
    private final Button edit;
    private final Button delete;
    private final Actions actions;
    private List<Document.Item> rows = List.of();
    private Long editing;
    private boolean editable;

    ItemTabPanel(DocumentType type, ItemTab tab, DocumentPages pages, Locale locale, Actions actions) {
        this.tab = tab;
        this.actions = actions;
        String id = "tab-" + tab.key();
        setId(id);
        setPadding(false);
        setSizeFull();
        form = new FieldForm(type, tab.columns(), "item-" + tab.key(), pages, locale, true);
        form.onEnterInLastField(this::saveRow);
        add = button("doc.item.add", id + "-add", () -> {
            editing = null;
            grid.deselectAll();
            form.setValues(Map.of());
            form.setVisible(true);
            form.focusFirst();
        });
        // 复制 (manual 000 §四(一) 12): the row's values in the form as a new row; Enter saves it
        copy = button("doc.item.copy", id + "-copy", () -> single().ifPresent(i -> {
            editing = null;
            java.util.Map<String, String> values = new java.util.HashMap<>(i.values());
            if (tab.seqKey() != null) {
                values.remove(tab.seqKey());
            }
            form.setValues(values);
            form.setVisible(true);
            form.focusFirst();
        }));
        edit = button("doc.item.edit", id + "-edit", () -> single().ifPresent(i -> {
            editing = i.id();
            form.setValues(i.values());
            form.setVisible(true);
            form.focusFirst();
        }));
        delete = button("doc.item.delete", id + "-delete", () -> {
            List<Long> ids = grid.getSelectedItems().stream().map(Document.Item::id).toList();
            if (!ids.isEmpty()) {
                actions.delete(tab.key(), ids);
            }
        });
        filter.setId(id + "-filter");
        filter.setPlaceholder(getTranslation("doc.item.filter"));
        filter.setClearButtonVisible(true);
        Button find = button("doc.item.find", id + "-find", this::applyFilter);
        Button all = button("doc.item.all", id + "-all", () -> {
            filter.clear();
            applyFilter();
        });
        HorizontalLayout bar = new HorizontalLayout(add, copy, edit, delete, filter, find, all);
        // rows the system makes: the clerk changes what it may enter in them, nothing more
        add.setVisible(!tab.derived());
        copy.setVisible(!tab.derived());
        delete.setVisible(!tab.derived());
        if (type.explains(tab.key())) {
            Button explain = button("doc.item.explain", id + "-explain", () -> single().ifPresent(i ->
                    actions.explain(tab.key(), i.id()).ifPresentOrElse(ExplanationDialog::show,
                            () -> Problems.error(getTranslation("doc.item.explain.none")))));
            bar.add(explain);
        }
        bar.addClassName("tg-tab-toolbar");
        bar.setAlignItems(Alignment.BASELINE);

        grid.setId(id + "-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        for (FieldSpec c : tab.columns()) {
            grid.addColumn(i -> FieldText.shown(type, c, i.value(c.key()), pages.codes(), locale))
                    .setHeader(type.messages().get(c.labelKey(), locale))
                    .setKey(c.key()).setAutoWidth(true).setResizable(true).setSortable(true);
        }
        grid.addItemDoubleClickListener(e -> {
            if (this.editable) {
                grid.deselectAll();
                grid.select(e.getItem());
                edit.click();
            }
        });
        grid.setSizeFull();
        form.setVisible(false);
        add(bar, form, grid);
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.setId(id);
        b.addClassName("tg-tab-button");
        return b;
    }

    private java.util.Optional<Document.Item> single() {
        java.util.Set<Document.Item> s = grid.getSelectedItems();
        if (s.size() != 1) {
            Problems.error(getTranslation("doc.item.selectOne"));
            return java.util.Optional.empty();
        }
        return s.stream().findFirst();
    }

    private void saveRow() {
        actions.save(tab.key(), editing, form.values(), doc -> {
            editing = null;
            form.setValues(Map.of());
            if (tab.derived()) {
                // the system makes the rows: there is no next one to enter, the clerk sees the row just saved
                form.setVisible(false);
            } else {
                form.focusFirst();
            }
        }, v -> Problems.show(v, form.validationFields(tab.key() + ".")));
    }

    /** Shows the document's rows of this tab. */
    void show(Document doc, boolean editable) {
        this.editable = editable;
        rows = doc == null ? List.of() : doc.items(tab.key());
        applyFilter();
        boolean canAdd = editable && doc != null;
        add.setEnabled(canAdd);
        copy.setEnabled(canAdd);
        edit.setEnabled(canAdd);
        delete.setEnabled(canAdd);
        form.setEditable(editable);
        if (!canAdd) {
            form.setVisible(false);
        }
    }

    private void applyFilter() {
        String f = filter.getValue() == null ? "" : filter.getValue().strip();
        grid.deselectAll();
        grid.setItems(f.isEmpty() ? rows : rows.stream()
                .filter(i -> i.values().values().stream().anyMatch(v -> v.contains(f))).toList());
    }

    int rowCount() {
        return rows.size();
    }
}
