package org.tongguan.core.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongguan.core.internal.area.InstalledAreas;

/**
 * {@code tongguan:areas}: the business areas, whether installed and running, what each needs and which installed
 * areas need it (those must go first, or with it, when it is uninstalled).
 */
@Service
@Command(scope = "tongguan", name = "areas", description = "区域（业务功能）：状态与依赖 / business areas: state and dependencies")
public class AreasCommand implements Action {
    @Reference
    InstalledAreas areas;

    @Override
    public Object execute() throws Exception {
        System.out.println(areas.report());
        return null;
    }
}
