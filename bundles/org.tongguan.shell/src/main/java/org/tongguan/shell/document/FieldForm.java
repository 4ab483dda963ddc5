package org.tongguan.shell.document;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.tongguan.core.code.CodeEntry;
import org.tongguan.core.code.HsCode;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.FieldKind;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.shell.DatePickers;

/**
 * The inputs of a list of fields, built from their descriptions: text fields, code pickers (code and name, filtered as
 * typed, arrows and Enter pick), date pickers, a 海关编码 that fills 社会信用代码 and name, and an HS picker that lists
 * matches after 4 digits. Required fields carry the red star, system-filled ones are read-only (grey). Values are
 * strings, as the document service takes them; the service checks them again.
 */
class FieldForm extends FormLayout {
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int HS_MIN = 4;

    private final DocumentType type;
    private final DocumentPages pages;
    private final Locale locale;
    private final Map<String, Input> inputs = new LinkedHashMap<>();
    private final java.util.Set<String> locked = new java.util.HashSet<>();

    /** One input and how to read and write its value as text. */
    private record Input(FieldSpec spec, Component component, java.util.function.Supplier<String> get,
            java.util.function.Consumer<String> set) {
        HasValidation validation() {
            return (HasValidation) component;
        }
    }

    FieldForm(DocumentType type, List<FieldSpec> fields, String idPrefix, DocumentPages pages, Locale locale,
            boolean eager) {
        this.type = type;
        this.pages = pages;
        this.locale = locale;
        addClassName("tg-field-form");
        for (FieldSpec f : fields) {
            Input in = input(f, idPrefix + "-" + f.key(), eager);
            inputs.put(f.key(), in);
            add(in.component());
        }
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2), new ResponsiveStep("70em", 3),
                new ResponsiveStep("100em", 4));
    }

    private String label(FieldSpec f) {
        return type.messages().get(f.labelKey(), locale);
    }

    private Input input(FieldSpec f, String id, boolean eager) {
        return switch (f.kind()) {
            case CODE -> codeInput(f, id);
            case HS_CODE -> hsInput(f, id);
            case DATE -> dateInput(f, id);
            default -> textInput(f, id, eager);
        };
    }

    private Input textInput(FieldSpec f, String id, boolean eager) {
        TextField t = new TextField(label(f));
        t.setId(id);
        t.setMaxLength(f.kind() == FieldKind.TEXT ? f.maxLength() : Math.max(f.maxLength(), 24));
        if (eager) {
            t.setValueChangeMode(ValueChangeMode.EAGER);
        }
        if (f.kind() == FieldKind.ENTERPRISE) {
            t.addValueChangeListener(e -> fillEnterprise(f, e.getValue()));
        }
        Input in = new Input(f, t, t::getValue, v -> t.setValue(v == null ? "" : v));
        decorate(f, t);
        return in;
    }

    private void fillEnterprise(FieldSpec f, String value) {
        String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (code.length() != 10) {
            return;
        }
        pages.enterprises().lookup(code).ifPresent(e -> {
            set(f.fill(0), e.getCreditCode());
            set(f.fill(1), e.getName());
        });
    }

    private Input codeInput(FieldSpec f, String id) {
        ComboBox<String> c = new ComboBox<>(label(f));
        c.setId(id);
        Map<String, String> labels = new LinkedHashMap<>();
        if (f.codeTable() != null) {
            for (CodeEntry e : pages.codes().table(f.codeTable()).entries()) {
                labels.put(e.code(), e.label(locale));
            }
        } else {
            f.options().forEach((code, key) -> labels.put(code, code + "-" + type.messages().get(key, locale)));
        }
        c.setItems((item, filter) -> labels.getOrDefault(item, item).toLowerCase(Locale.ROOT)
                .contains(filter.toLowerCase(Locale.ROOT)), List.copyOf(labels.keySet()));
        c.setItemLabelGenerator(code -> labels.getOrDefault(code, code));
        c.setClearButtonVisible(!f.readOnly());
        // clerks type codes: "9000" + Enter or Tab takes 9000 西安关区 even before the list has opened
        c.setAllowCustomValue(true);
        c.addCustomValueSetListener(e -> {
            String typed = e.getDetail().strip();
            String code = labels.containsKey(typed.toUpperCase(Locale.ROOT)) ? typed.toUpperCase(Locale.ROOT)
                    : labels.entrySet().stream().filter(x -> x.getValue().equalsIgnoreCase(typed))
                            .map(Map.Entry::getKey).findFirst().orElse(null);
            if (code != null) {
                c.setValue(code);
                c.setInvalid(false);
            } else {
                c.setValue(null);
                c.setErrorMessage(getTranslation("doc.code.unknown", typed));
                c.setInvalid(true);
            }
        });
        decorate(f, c);
        return new Input(f, c, () -> c.getValue() == null ? "" : c.getValue(),
                v -> c.setValue(v == null || v.isEmpty() || !labels.containsKey(v) ? null : v));
    }

    private Input hsInput(FieldSpec f, String id) {
        ComboBox<String> c = new ComboBox<>(label(f));
        c.setId(id);
        c.setAllowCustomValue(true);
        c.setItems(query -> {
            int offset = query.getOffset();
            int limit = query.getLimit(); // the data provider contract: always asked for
            String filter = query.getFilter().orElse("").strip();
            if (filter.length() < HS_MIN || !filter.chars().allMatch(Character::isDigit)) {
                return Stream.empty();
            }
            return pages.codes().searchHs(filter, offset + limit).stream().skip(offset).map(HsCode::code);
        });
        c.setItemLabelGenerator(code -> pages.codes().findHs(code).map(h -> h.nameZh() == null ? h.code()
                : h.code() + " " + h.nameZh()).orElse(code));
        c.addCustomValueSetListener(e -> c.setValue(e.getDetail().strip()));
        c.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                pages.codes().findHs(e.getValue()).ifPresent(h -> {
                    setIfBlank(f.fill(0), h.nameZh());
                    setIfBlank(f.fill(1), h.legalUnit1());
                });
            }
        });
        decorate(f, c);
        return new Input(f, c, () -> c.getValue() == null ? "" : c.getValue(),
                v -> c.setValue(v == null || v.isEmpty() ? null : v));
    }

    private Input dateInput(FieldSpec f, String id) {
        DatePicker d = DatePickers.picker(label(f), id, locale);

        decorate(f, d);
        return new Input(f, d, () -> d.getValue() == null ? "" : BASIC.format(d.getValue()), v -> {
            try {
                d.setValue(v == null || v.isEmpty() ? null : LocalDate.parse(v, BASIC));
            } catch (DateTimeParseException e) {
                d.setValue(null);
            }
        });
    }

    private static void decorate(FieldSpec f, Component c) {
        if (c instanceof com.vaadin.flow.component.HasSize s) {
            s.setWidthFull();
        }
        if (c instanceof AbstractField<?, ?> a) {
            a.setRequiredIndicatorVisible(f.required());
            a.setReadOnly(f.readOnly());
        } else if (c instanceof com.vaadin.flow.component.HasValue<?, ?> h) {
            h.setRequiredIndicatorVisible(f.required());
            h.setReadOnly(f.readOnly());
        }
        if (f.readOnly()) {
            c.addClassName("tg-system-field");
        }
    }

    /** The values entered, by key; blanks left out. */
    Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>();
        inputs.forEach((k, in) -> {
            String v = in.get().get();
            if (v != null && !v.isBlank()) {
                out.put(k, v.strip());
            }
        });
        return out;
    }

    void setValues(Map<String, String> values) {
        inputs.forEach((k, in) -> in.set().accept(values.getOrDefault(k, in.spec().defaultValue())));
        clearErrors();
    }

    private void set(String key, String value) {
        Input in = key == null ? null : inputs.get(key);
        if (in != null && value != null) {
            in.set().accept(value);
        }
    }

    private void setIfBlank(String key, String value) {
        Input in = key == null ? null : inputs.get(key);
        if (in != null && value != null && in.get().get().isBlank()) {
            in.set().accept(value);
        }
    }

    /** Read-only as a whole (查看明细, or a state that allows no change); system fields stay read-only anyway. */
    void setEditable(boolean editable) {
        inputs.forEach((k, in) -> ((com.vaadin.flow.component.HasValue<?, ?>) in.component())
                .setReadOnly(!editable || in.spec().readOnly() || locked.contains(k)));
    }

    /** Fields the page fixes (e.g. 进出口标志 I on the 进口 page): shown, never entered. */
    void lock(java.util.Collection<String> keys) {
        locked.addAll(keys);
        keys.forEach(k -> {
            Input in = inputs.get(k);
            if (in != null) {
                ((com.vaadin.flow.component.HasValue<?, ?>) in.component()).setReadOnly(true);
                in.component().getElement().getClassList().add("tg-system-field");
            }
        });
    }

    /** The inputs by the field names the service's errors use: {@code prefix + key}. */
    Map<String, HasValidation> validationFields(String prefix) {
        Map<String, HasValidation> m = new LinkedHashMap<>();
        inputs.forEach((k, in) -> m.put(prefix + k, in.validation()));
        return m;
    }

    void clearErrors() {
        inputs.values().forEach(in -> in.validation().setInvalid(false));
    }

    void focusFirst() {
        inputs.values().stream().filter(in -> !in.spec().readOnly() && !locked.contains(in.spec().key())).findFirst()
                .ifPresent(in -> ((com.vaadin.flow.component.Focusable<?>) in.component()).focus());
    }

    /** Runs {@code action} when Enter is pressed in the last field the clerk can enter. */
    void onEnterInLastField(Runnable action) {
        inputs.values().stream().filter(in -> !in.spec().readOnly()).reduce((a, b) -> b).ifPresent(in ->
                // on key up: a code picker commits its choice on key down, so the row is saved with it
                in.component().getElement().addEventListener("keyup", e -> action.run())
                        .setFilter("event.key === 'Enter'"));
    }
}
