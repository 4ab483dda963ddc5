package org.tongguan.core.notice;

import org.tongguan.core.Messages;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.tongguan.core.security.UserContext;

/**
 * Publishes and reads an enterprise's notices. Publishing joins the caller's transaction (a warning raised by an
 * approval is kept exactly when the approval is); reading is for users who act for the enterprise.
 */
@ProviderType
public interface NoticeService {
    /**
     * Publishes a notice to the enterprise's users; its id. Title and text are texts of the publisher's translations
     * (keys and arguments), kept in each language of the product so that every reader reads them in its own.
     */
    long publish(String enterpriseCode, Notice.Kind kind, String source, Messages.Of title, Messages.Of text);

    /** The enterprise's notices of that kind (null for both), newest first. */
    List<Notice> list(UserContext who, String enterpriseCode, Notice.Kind kind, boolean unreadOnly, int limit);

    /** 已读: marks a notice read. */
    void markRead(UserContext who, long id);

    /** ★: stars or unstars a notice. */
    void star(UserContext who, long id, boolean starred);
}
