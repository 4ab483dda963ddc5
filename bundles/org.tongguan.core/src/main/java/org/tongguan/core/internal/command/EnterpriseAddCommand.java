package org.tongguan.core.internal.command;

import org.tongguan.core.console.ConsoleCommands;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongguan.core.enterprise.Enterprise;
import org.tongguan.core.enterprise.EnterpriseRegistry;

@Service
@Command(scope = "tongguan", name = "enterprise-add", description = "Registers an enterprise (企业信息) with the same rules as the web form")
public class EnterpriseAddCommand implements Action {
    @Reference
    EnterpriseRegistry registry;

    @Argument(index = 0, name = "customsCode", required = true, description = "海关编码, 10 characters")
    String customsCode;
    @Argument(index = 1, name = "creditCode", required = true, description = "统一社会信用代码, 18 characters")
    String creditCode;
    @Argument(index = 2, name = "name", required = true, description = "企业名称")
    String name;
    @Option(name = "--address")
    String address;
    @Option(name = "--phone")
    String phone;

    @Override
    public Object execute() throws Exception {
        Enterprise e = new Enterprise();
        e.setCustomsCode(customsCode);
        e.setCreditCode(creditCode);
        e.setName(name);
        e.setAddress(address);
        e.setPhone(phone);
        return ConsoleCommands.run(() -> "saved " + registry.save(ConsoleCommands.ACTOR, e).getCustomsCode());
    }
}
