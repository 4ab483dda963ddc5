package org.tongguan.admin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AuditViewTest {

    @Test
    void keepsShortValuesWhole() {
        assertEquals("", AuditView.shortened(null));
        String exactlyFits = "x".repeat(AuditView.CELL_CHARS);
        assertEquals(exactlyFits, AuditView.shortened(exactlyFits));
    }

    @Test
    void cutsLongValuesToTheCellWidthWithAnEllipsis() {
        String value = "displayName=张三, roles=[CLERK], enterprises=[3301960001, 3301960002], enabled=true";
        String shown = AuditView.shortened(value);
        assertEquals(AuditView.CELL_CHARS, shown.length());
        assertEquals(value.substring(0, AuditView.CELL_CHARS - 1) + "…", shown);
    }
}
