package org.tongguan.messages.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.notice.NoticeService;
import org.tongguan.core.security.Permissions;
import org.tongguan.shell.HeaderContribution;

/** The bell at the top right of the shell (manual 002 §四(一) 3: 点击右上角图标，进入消息中心) with the unread count. */
@org.osgi.service.component.annotations.Component(service = HeaderContribution.class)
public class UnreadBell implements HeaderContribution {
    private final NoticeService notices;

    @Activate
    public UnreadBell(@Reference NoticeService notices) {
        this.notices = notices;
    }

    @Override
    public String permission() {
        return Permissions.NOTICE_VIEW;
    }

    @Override
    public Component createItem() {
        return new BellItem(notices);
    }
}
