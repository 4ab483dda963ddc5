package org.tongguan.core.internal.command;

import org.tongguan.core.console.ConsoleCommands;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongguan.core.enterprise.Enterprise;
import org.tongguan.core.enterprise.EnterpriseRegistry;

@Service
@Command(scope = "tongguan", name = "enterprise-list", description = "Lists registered enterprises (企业信息)")
public class EnterpriseListCommand implements Action {
    @Reference
    EnterpriseRegistry registry;

    @Argument(index = 0, name = "filter", description = "part of the customs code, credit code or name")
    String filter;

    @Override
    public Object execute() {
        for (Enterprise e : registry.list(ConsoleCommands.ACTOR, filter)) {
            System.out.println(e.getCustomsCode() + "\t" + e.getCreditCode() + "\t" + e.getName());
        }
        return null;
    }
}
