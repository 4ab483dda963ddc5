package org.tongguan.print.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongguan.core.print.PrintLayout;
import org.tongguan.core.print.PrintLayout.Field;
import org.tongguan.core.print.PrintLayout.Table;

/** The core's {@link PrintLayout}: what the printer relies on. */
class PrintLayoutTest {
    @Test
    void listsAndWatermarkAreCopied() {
        List<Field> header = new ArrayList<>(List.of(new Field("企业名称", "西安通关科技有限公司")));
        List<String> row = new ArrayList<>(List.of("1", "集成电路"));
        List<List<String>> rows = new ArrayList<>(List.of(row));
        byte[] seal = {1, 2, 3};
        PrintLayout layout = new PrintLayout("报关单", header, List.of(new Table("表体", List.of("序号", "名称"), rows)),
                List.of(), seal);

        header.clear();
        row.set(1, "changed");
        rows.clear();
        seal[0] = 9;
        layout.watermark()[1] = 9;

        assertEquals(1, layout.header().size());
        assertEquals(List.of(List.of("1", "集成电路")), layout.tables().get(0).rows());
        assertArrayEquals(new byte[] {1, 2, 3}, layout.watermark());
        assertThrows(UnsupportedOperationException.class, () -> layout.footer().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> layout.tables().get(0).rows().get(0).add("x"));
    }

    @Test
    void nullListsAndElementsAreRefusedNullTextsBecomeEmpty() {
        assertThrows(NullPointerException.class, () -> new PrintLayout("t", null, List.of(), List.of()));
        assertThrows(NullPointerException.class,
                () -> new PrintLayout("t", List.of(), List.of(), Arrays.asList("a", null)));
        assertThrows(NullPointerException.class, () -> new Table("t", List.of("a"), Arrays.asList(List.of("1"), null)));
        assertEquals(new Field("", ""), new Field(null, null));
        Table table = new Table(null, Arrays.asList("a", null), List.of(Arrays.asList(null, "2")));
        assertEquals("", table.title());
        assertEquals(List.of("a", ""), table.columns());
        assertEquals(List.of(List.of("", "2")), table.rows());
        assertNull(new PrintLayout("t", List.of(), List.of(), List.of()).watermark());
    }

    @Test
    void equalityComparesTheWatermarkBytes() {
        PrintLayout a = new PrintLayout("t", List.of(), List.of(), List.of(), new byte[] {1});
        assertEquals(a, new PrintLayout("t", List.of(), List.of(), List.of(), new byte[] {1}));
        assertEquals(a.hashCode(), new PrintLayout("t", List.of(), List.of(), List.of(), new byte[] {1}).hashCode());
        assertNotEquals(a, new PrintLayout("t", List.of(), List.of(), List.of(), new byte[] {2}));
    }
}
