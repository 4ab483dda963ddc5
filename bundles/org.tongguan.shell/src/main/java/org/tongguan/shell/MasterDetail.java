package org.tongguan.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A list that takes the room and, beside it, the form of the selected row at a fixed width. */
public class MasterDetail extends HorizontalLayout {
    public MasterDetail(Component list, Component form) {
        super(list, form);
        setFlexGrow(1, list);
        form.getElement().getStyle().set("width", "380px").set("flex-shrink", "0");
        setSizeFull();
    }
}
