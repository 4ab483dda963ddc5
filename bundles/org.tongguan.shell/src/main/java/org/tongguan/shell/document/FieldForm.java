package org.tongguan.shell.document;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tongguan.core.code.CodeEntry;
import org.tongguan.core.code.CodeTable;
import org.tongguan.core.code.CodeTableId;
import org.tongguan.core.code.DeclarationElements;
import org.tongguan.core.code.HsCode;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.FieldKind;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.shell.DatePickers;
import org.tongguan.shell.Problems;

/**
 * The inputs of a list of fields, built from their descriptions: text fields, code pickers (code and name, filtered as
 * typed, arrows and Enter pick), date pickers, a 海关编码 that fills 社会信用代码 and name, an HS picker that lists
 * matches after 4 digits or by words of the name and fills name and legal units, and the 申报要素 helper beside the
 * 规格型号 an HS field names. Required fields carry the red star, system-filled ones are read-only (grey). Values are
 * strings, as the document service takes them; the service checks them again.
 */
class FieldForm extends FormLayout {
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int HS_MIN = 4;
    /** Shortest text the HS picker searches names for: one word of two characters (芯片). */
    private static final int HS_MIN_WORDS = 2;

    private final DocumentType type;
    private final DocumentPages pages;
    private final Locale locale;
    private final Map<String, Input> inputs = new LinkedHashMap<>();
    private final java.util.Set<String> locked = new java.util.HashSet<>();
    /** 规格型号 key → the HS field whose 申报要素 are declared in it. */
    private final Map<String, FieldSpec> elementsOf = new LinkedHashMap<>();
    private final Map<String, Button> elementButtons = new LinkedHashMap<>();

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
            if (f.kind() == FieldKind.HS_CODE && f.fill(FieldSpec.FILL_SPEC) != null) {
                elementsOf.put(f.fill(FieldSpec.FILL_SPEC), f);
            }
        }
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
        FieldSpec hs = elementsOf.get(f.key());
        if (hs != null && !f.readOnly()) {
            Button b = new Button(getTranslation("doc.elements"), e -> openElements(hs, t));
            b.setId(id + "-elements");
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            t.setSuffixComponent(b);
            elementButtons.put(f.key(), b);
        }
        Input in = new Input(f, t, t::getValue, v -> {
            t.setValue(v == null ? "" : v);
            if (hs != null) {
                t.setHelperText(null);
            }
        });
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

    /**
     * The HS picker: 4 digits or more list the codes they begin, other text the codes whose name holds its words
     * (集成电路); each line shows code, name and legal units, the footer the table's edition. Choosing a code fills
     * 商品名称 when it is blank and sets the legal units; a document loaded keeps what it was declared with.
     */
    private Input hsInput(FieldSpec f, String id) {
        ComboBox<String> c = new ComboBox<>(label(f));
        c.setId(id);
        c.setAllowCustomValue(true);
        c.setItems(query -> {
            int offset = query.getOffset();
            int limit = query.getLimit(); // the data provider contract: always asked for
            String filter = query.getFilter().orElse("").strip();
            List<HsCode> found;
            if (filter.chars().allMatch(Character::isDigit)) {
                found = filter.length() < HS_MIN ? List.of() : pages.codes().searchHs(filter, offset + limit);
            } else {
                found = filter.length() < HS_MIN_WORDS ? List.of()
                        : pages.codes().searchHsNames(filter, offset + limit);
            }
            return found.stream().skip(offset).map(HsCode::code);
        });
        c.setItemLabelGenerator(code -> pages.codes().findHs(code).map(h -> h.nameZh() == null ? h.code()
                : h.code() + " " + h.nameZh()).orElse(code));
        CodeTable units = pages.codes().table(CodeTableId.UNIT);
        c.setRenderer(LitRenderer.<String>of("<div class=\"tg-hs-item\"><b>${item.code}</b> ${item.name}"
                + "<div style=\"font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color)\">"
                + "${item.units}</div></div>")
                .withProperty("code", code -> code)
                .withProperty("name", code -> pages.codes().findHs(code).map(HsCode::nameZh).orElse(""))
                .withProperty("units", code -> pages.codes().findHs(code).map(h -> h.legalUnits().stream()
                        .map(units::label).collect(Collectors.joining(" / "))).orElse("")));
        if (!f.readOnly()) {
            String edition = pages.codes().hsEdition();
            c.setHelperText(getTranslation("doc.hs.edition", edition == null ? "-" : edition,
                    pages.codes().hsCount()));
        }
        c.addCustomValueSetListener(e -> {
            c.setValue(e.getDetail().strip());
            fillHs(f, c.getValue(), true);
        });
        c.addValueChangeListener(e -> fillHs(f, e.getValue(), e.isFromClient()));
        decorate(f, c);
        return new Input(f, c, () -> c.getValue() == null ? "" : c.getValue(),
                v -> c.setValue(v == null || v.isEmpty() ? null : v));
    }

    /**
     * What a code implies: 商品名称 when blank; the legal units set when the clerk chose the code, else (a document
     * loaded) only where blank.
     */
    private void fillHs(FieldSpec f, String code, boolean chosen) {
        if (code == null || code.isBlank()) {
            return;
        }
        pages.codes().findHs(code).ifPresent(h -> {
            setIfBlank(f.fill(FieldSpec.FILL_NAME), h.nameZh());
            if (chosen) {
                replace(f.fill(FieldSpec.FILL_UNIT1), h.legalUnit1());
                replace(f.fill(FieldSpec.FILL_UNIT2), h.legalUnit2());
            } else {
                setIfBlank(f.fill(FieldSpec.FILL_UNIT1), h.legalUnit1());
                setIfBlank(f.fill(FieldSpec.FILL_UNIT2), h.legalUnit2());
            }
        });
    }

    /** The 申报要素 helper of the code in {@code hs}'s field, writing {@code spec}; a warning for blank required ones. */
    private void openElements(FieldSpec hs, TextField spec) {
        String code = inputs.get(hs.key()).get().get();
        Optional<HsCode> h = code == null || code.isBlank() ? Optional.empty() : pages.codes().findHs(code.strip());
        if (h.isEmpty()) {
            Problems.error(getTranslation("doc.elements.noCode", label(hs)));
            return;
        }
        if (h.get().elements().isEmpty()) {
            Problems.error(getTranslation("doc.elements.none", h.get().code()));
            return;
        }
        ElementsDialog.show(h.get(), spec.getValue(), (value, missing) -> {
            spec.setValue(value);
            spec.setHelperText(missing.isEmpty() ? null : getTranslation("doc.elements.missing",
                    missing.stream().map(DeclarationElements.Element::name).collect(Collectors.joining(getTranslation("doc.list.separator")))));
        });
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

    /** Sets the value of {@code key}'s input, clearing it for a null value. */
    private void replace(String key, String value) {
        Input in = key == null ? null : inputs.get(key);
        if (in != null && !in.spec().readOnly()) {
            in.set().accept(value == null ? "" : value);
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
        elementButtons.forEach((k, b) -> b.setEnabled(editable && !locked.contains(k)));
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
