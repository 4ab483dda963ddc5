package org.tongguan.delegation.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Function;
import org.tongguan.core.time.TimeDisplay;
import org.tongguan.delegation.Grant;

/** How the area's pages show their fields and grants the same way. */
final class Texts {
    private Texts() {
    }

    /** A grey field the product fills (系统反填). */
    static TextField readOnly(String label, String id) {
        TextField f = new TextField(label);
        f.setId(id);
        f.setReadOnly(true);
        f.setWidthFull();
        return f;
    }

    /** A choice of codes shown by their names in the user's language. */
    static <T> void choices(ComboBox<T> box, String id, List<T> items, Function<T, String> key) {
        box.setId(id);
        box.setItems(items);
        box.setItemLabelGenerator(t -> text(key.apply(t)));
        box.setWidthFull();
    }

    /** 授权子系统, 授权类型 and 权限有效期 of a grant. */
    static void grantColumns(Grid<Grant> grid) {
        grid.addColumn(g -> text(g.subsystem().key())).setHeader(text("delegation.field.subsystem"))
                .setKey("subsystem").setAutoWidth(true);
        grid.addColumn(g -> text(g.kind().key())).setHeader(text("delegation.field.kind")).setKey("kind")
                .setAutoWidth(true);
        grid.addColumn(g -> TimeDisplay.date(g.validFrom())).setHeader(text("delegation.field.validFrom"))
                .setKey("validFrom").setAutoWidth(true);
        grid.addColumn(g -> TimeDisplay.date(g.validTo())).setHeader(text("delegation.field.validTo"))
                .setKey("validTo").setAutoWidth(true);
    }

    private static String text(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
