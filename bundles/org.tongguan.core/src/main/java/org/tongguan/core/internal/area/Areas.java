package org.tongguan.core.internal.area;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What the installed areas mean for each other: which ones need an area, and which areas an administrator removed
 * while others still need them. Karaf's {@code feature:uninstall} of such an area only drops the request and keeps
 * the area installed, saying nothing; this names the areas that hold it and the command that removes them together.
 */
final class Areas {
    /** The capability an area feature declares in the features repository: {@code <capability>tongguan.area</capability>}. */
    static final String NAMESPACE = "tongguan.area";

    private final List<Area> all;
    private final Map<String, Area> byFeature;

    Areas(List<Area> areas) {
        this.all = areas.stream().sorted(Comparator.comparing(Area::feature)).toList();
        this.byFeature = all.stream().collect(Collectors.toMap(Area::feature, Function.identity()));
    }

    List<Area> all() {
        return all;
    }

    /** The installed areas that need {@code feature}, directly or through another area. */
    Set<String> neededBy(String feature) {
        Set<String> out = new TreeSet<>();
        for (Area a : all) {
            if (a.installed() && !a.feature().equals(feature) && closure(a.feature()).contains(feature)) {
                out.add(a.feature());
            }
        }
        return out;
    }

    /** Installed areas nobody asked for any more that others still need: an uninstall that did nothing. */
    List<Area> held() {
        List<Area> out = new ArrayList<>();
        for (Area a : all) {
            if (a.installed() && !a.required() && !neededBy(a.feature()).isEmpty()) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * The console command that removes {@code feature} with the areas that need it. Karaf refuses to uninstall a
     * feature nobody asked for ("is not installed"), so only the areas still asked for are named: a held area goes
     * by itself once those that need it are gone.
     */
    String uninstallCommand(String feature) {
        Set<String> together = new LinkedHashSet<>();
        for (String f : neededBy(feature)) {
            if (byFeature.get(f).required()) {
                together.add(f);
            }
        }
        if (byFeature.get(feature).required()) {
            together.add(feature);
        }
        return "feature:uninstall " + String.join(" ", together);
    }

    /** The line an administrator reads when an uninstall was held back (zh_CN, then English). */
    String heldMessage(Area a) {
        String by = String.join(", ", neededBy(a.feature()));
        return "区域 " + a.feature() + " 未卸载：" + by + " 需要它；要卸载它，请运行 " + uninstallCommand(a.feature())
                + " / area " + a.feature() + " was not uninstalled: " + by + " need" + (by.contains(",") ? "" : "s")
                + " it; to remove it, run " + uninstallCommand(a.feature());
    }

    /**
     * One line per area, tab-separated: feature, state (运行中 running, 已停止 stopped, 保留 held, 未安装 not
     * installed), the areas it needs, the installed areas that need it, its description; held areas end with the
     * command that removes them.
     */
    String report(Predicate<String> running) {
        StringBuilder out = new StringBuilder("区域 area\t状态 state\t需要 requires\t被需要 needed by\t说明 description");
        for (Area a : all) {
            out.append('\n').append(a.feature()).append('\t').append(state(a, running)).append('\t')
                    .append(names(a.requires())).append('\t').append(names(neededBy(a.feature()))).append('\t')
                    .append(a.description() == null ? "" : a.description());
        }
        for (Area a : held()) {
            out.append('\n').append(heldMessage(a));
        }
        return out.toString();
    }

    private String state(Area a, Predicate<String> running) {
        if (!a.installed()) {
            return "未安装 not installed";
        }
        if (!a.required()) {
            return "保留 held";
        }
        return running.test(a.feature()) ? "运行中 running" : "已停止 stopped";
    }

    private static String names(Set<String> names) {
        return names.isEmpty() ? "-" : String.join(",", new TreeSet<>(names));
    }

    private Set<String> closure(String feature) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(feature));
        while (!todo.isEmpty()) {
            Area a = byFeature.get(todo.remove(todo.size() - 1));
            if (a == null) {
                continue;
            }
            for (String r : a.requires()) {
                if (seen.add(r)) {
                    todo.add(r);
                }
            }
        }
        return seen;
    }
}
