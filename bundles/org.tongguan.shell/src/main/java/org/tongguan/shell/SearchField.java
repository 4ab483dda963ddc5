package org.tongguan.shell;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The quick filter (快速查询) above a list: search icon, clear button, filters as the clerk pauses typing. */
public class SearchField extends TextField {
    public SearchField(String id, String placeholder, Runnable onChange) {
        setId(id);
        setPlaceholder(placeholder);
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.LAZY);
        setWidth("24em");
        addValueChangeListener(e -> onChange.run());
    }
}
