package org.tongguan.shell.document;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.tongguan.core.declaration.RowExplanation;

/** How the system reached a computed row's figures: the rows behind it in a grid, the sum below. */
final class ExplanationDialog extends Dialog {
    private ExplanationDialog(RowExplanation e) {
        setId("explanation-dialog");
        setHeaderTitle(e.title());
        setWidth("80em");
        setMaxWidth("95vw");
        Grid<List<String>> grid = new Grid<>();
        grid.setId("explanation-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        for (int c = 0; c < e.headings().size(); c++) {
            int column = c;
            grid.addColumn(r -> r.get(column)).setHeader(e.headings().get(c)).setAutoWidth(true).setResizable(true);
        }
        grid.setItems(e.rows());
        grid.setHeight("24em");
        Paragraph note = new Paragraph(e.note());
        note.setId("explanation-note");
        add(grid, note);
        Button close = new Button(getTranslation("doc.close"), ev -> close());
        close.setId("explanation-close");
        getFooter().add(close);
    }

    static void show(RowExplanation e) {
        new ExplanationDialog(e).open();
    }
}
