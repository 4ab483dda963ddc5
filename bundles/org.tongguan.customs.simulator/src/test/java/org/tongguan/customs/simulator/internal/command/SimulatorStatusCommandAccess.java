package org.tongguan.customs.simulator.internal.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.tongguan.customs.simulator.internal.Simulator;

/** Runs the console command as Karaf would, returning what it printed. */
public final class SimulatorStatusCommandAccess {
    private SimulatorStatusCommandAccess() {
    }

    public static String run(Simulator simulator) throws Exception {
        SimulatorStatusCommand command = new SimulatorStatusCommand();
        command.simulator = simulator;
        PrintStream systemOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Object result = command.execute();
            if (result != null) {
                throw new AssertionError("the command returned " + result + " instead of printing");
            }
        } finally {
            System.setOut(systemOut);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
