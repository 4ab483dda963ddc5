package org.tongguan.messages.internal;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.notice.NoticeService;
import org.tongguan.core.security.GrantSource;
import org.tongguan.core.security.Permissions;
import org.tongguan.core.security.Role;
import org.tongguan.shell.PageContribution;
import org.tongguan.shell.ViewContribution;
import org.tongguan.shell.document.DocumentPages;

/** 系统服务 › 消息中心 (manual 002 §四(一)). */
@org.osgi.service.component.annotations.Component(service = {ViewContribution.class, GrantSource.class})
public class MessageCentrePage extends PageContribution implements GrantSource {
    static final String ROUTE = "messages";
    private final NoticeService notices;
    private final DocumentPages pages;

    @Activate
    public MessageCentrePage(@Reference NoticeService notices, @Reference DocumentPages pages) {
        super(ROUTE, "messages.title", ServicesMenu.GROUP, 10, Permissions.NOTICE_VIEW, MessageTexts.MESSAGES);
        this.notices = notices;
        this.pages = pages;
    }

    /** Every user of an enterprise reads its notices: 关务人员 and 业务人员 alike. */
    @Override
    public Map<String, Set<String>> defaultGrants() {
        return Map.of(Role.CLERK, Set.of(Permissions.NOTICE_VIEW), Role.BUSINESS, Set.of(Permissions.NOTICE_VIEW));
    }

    @Override
    public Component createView() {
        return new MessageCentreView(notices, pages);
    }
}
