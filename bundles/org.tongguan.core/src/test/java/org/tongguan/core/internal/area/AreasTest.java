package org.tongguan.core.internal.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AreasTest {
    private static Area area(String name, boolean installed, boolean required, String... requires) {
        return new Area(name, name + " area", Set.of(requires), installed, required);
    }

    @Test
    void anAreaIsNeededByTheInstalledAreasThatReachItThroughOthers() {
        Areas areas = new Areas(List.of(area("ledger", true, true), area("invt", true, true, "ledger"),
                area("logistics", true, true, "invt"), area("outward", false, false, "ledger"),
                area("enterprise", true, true)));
        assertEquals(Set.of("invt", "logistics"), areas.neededBy("ledger"), "an uninstalled area needs nothing");
        assertEquals(Set.of(), areas.neededBy("enterprise"));
        assertEquals(List.of(), areas.held(), "every installed area was asked for");
    }

    @Test
    void anUninstallThatKarafHeldBackIsNamedWithTheCommandThatRemovesTheAreasTogether() {
        Areas areas = new Areas(List.of(area("tongguan-ledger", true, false), area("tongguan-invt", true, true,
                "tongguan-ledger"), area("tongguan-enterprise", true, true)));
        assertEquals(List.of("tongguan-ledger"), areas.held().stream().map(Area::feature).toList());
        String message = areas.heldMessage(areas.held().get(0));
        assertTrue(message.startsWith("区域 tongguan-ledger 未卸载：tongguan-invt 需要它"), message);
        assertTrue(message.endsWith("to remove it, run feature:uninstall tongguan-invt"), message);
        assertEquals("feature:uninstall tongguan-invt", areas.uninstallCommand("tongguan-ledger"),
                "Karaf refuses to uninstall a feature nobody asks for any more");
        assertTrue(message.contains("area tongguan-ledger was not uninstalled: tongguan-invt needs it"), message);
    }

    @Test
    void anAreaStillAskedForIsUninstalledTogetherWithTheAreasThatNeedIt() {
        Areas areas = new Areas(List.of(area("ledger", true, true), area("invt", true, true, "ledger"),
                area("logistics", true, false, "invt")));
        assertEquals("feature:uninstall invt ledger", areas.uninstallCommand("ledger"),
                "logistics, held by nobody's request, goes with invt");
    }

    @Test
    void anAreaNobodyNeedsAnyMoreIsNotHeld() {
        Areas areas = new Areas(List.of(area("tongguan-ledger", true, false), area("tongguan-invt", false, false,
                "tongguan-ledger")));
        assertEquals(List.of(), areas.held(), "installed without request and without dependents: Karaf removes it");
    }

    @Test
    void theReportNamesEachAreasStateAndDependencies() {
        Areas areas = new Areas(List.of(area("tongguan-ledger", true, true), area("tongguan-invt", true, true,
                "tongguan-ledger"), area("tongguan-outward", false, false, "tongguan-ledger")));
        List<String> lines = areas.report(f -> !f.equals("tongguan-invt")).lines().toList();
        assertEquals("区域 area\t状态 state\t需要 requires\t被需要 needed by\t说明 description", lines.get(0));
        assertEquals("tongguan-invt\t已停止 stopped\ttongguan-ledger\t-\ttongguan-invt area", lines.get(1));
        assertEquals("tongguan-ledger\t运行中 running\t-\ttongguan-invt\ttongguan-ledger area", lines.get(2));
        assertEquals("tongguan-outward\t未安装 not installed\ttongguan-ledger\t-\ttongguan-outward area", lines.get(3));
        assertEquals(4, lines.size());
    }
}
