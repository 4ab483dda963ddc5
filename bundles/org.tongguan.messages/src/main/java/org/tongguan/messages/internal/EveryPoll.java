package org.tongguan.messages.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

/**
 * Keeps a component of this area current: its work runs when it is attached and at every poll of the shell's page
 * (every two seconds) while it stays attached. The shell takes the area's components away at a poll when the area
 * goes; a detached component asks nothing.
 */
final class EveryPoll {
    private EveryPoll() {
    }

    static void refresh(Component component, Runnable work) {
        component.addAttachListener(attached -> {
            work.run();
            Registration poll = attached.getUI().addPollListener(e -> {
                if (component.isAttached()) {
                    work.run();
                }
            });
            component.addDetachListener(detached -> {
                poll.remove();
                detached.unregisterListener();
            });
        });
    }
}
