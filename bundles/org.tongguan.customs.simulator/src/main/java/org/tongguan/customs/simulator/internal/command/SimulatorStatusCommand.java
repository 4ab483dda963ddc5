package org.tongguan.customs.simulator.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongguan.core.console.ConsoleCommands;
import org.tongguan.customs.simulator.internal.Simulator;

@Service
@Command(scope = "tongguan", name = "simulator-status",
        description = "Shows the customs simulator (海关模拟器): its folders, card, rules, counts and last receipts")
public class SimulatorStatusCommand implements Action {
    @Reference
    Simulator simulator;

    @Override
    public Object execute() throws Exception {
        return ConsoleCommands.run(simulator::status);
    }
}
