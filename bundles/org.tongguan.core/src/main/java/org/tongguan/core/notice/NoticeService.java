package org.tongguan.core.notice;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;
import org.tongguan.core.Messages;
import org.tongguan.core.security.UserContext;

/**
 * Publishes and reads an enterprise's notices. Publishing joins the caller's transaction (a warning raised by an
 * approval is kept exactly when the approval is); reading, marking read and starring are for users who hold
 * {@link org.tongguan.core.security.Permissions#NOTICE_VIEW} for the notice's enterprise, checked here.
 */
@ProviderType
public interface NoticeService {
    /**
     * Publishes a notice to the enterprise's users; its id. Title and text are texts of the publisher's translations
     * (keys and arguments), kept in each language of the product so that every reader reads them in its own.
     */
    long publish(String enterpriseCode, Notice.Kind kind, String source, Messages.Of title, Messages.Of text);

    /**
     * A notice about a declaration document, published once per {@code key} ({@link #publishOnce}).
     *
     * @param key what makes the notice unique, at most 120 characters, e.g. the document, event and receipt
     * @param documentId the document it is about (the 消息中心 opens it), or null
     */
    record Once(String key, String enterpriseCode, Notice.Kind kind, String source, Long documentId,
            Messages.Of title, Messages.Of text) {
    }

    /**
     * Publishes the notices whose key is not published yet, together in one transaction: a second publication with a
     * key already published (a listener told again after a restart, a receipt replayed) publishes nothing. The ids
     * of the new notices, in the order given; those whose key exists (or repeats an earlier one of the list) have
     * none.
     *
     * @throws IllegalArgumentException when a key is blank or longer than 120 characters; nothing is published then
     */
    List<Long> publishOnce(List<Once> notices);

    /** The notices the query asks for, of enterprises the user may read, newest first. */
    List<Notice> list(UserContext who, NoticeQuery query);

    /** The enterprise's notices of that kind (null for both), newest first. */
    default List<Notice> list(UserContext who, String enterpriseCode, Notice.Kind kind, boolean unreadOnly,
            int limit) {
        return list(who, new NoticeQuery(enterpriseCode, kind, unreadOnly, false, limit));
    }

    /** 未读: how many notices of each kind no user has read yet, over the enterprises the user acts for. */
    Map<Notice.Kind, Long> unread(UserContext who);

    /** One notice, for a user who may read it. */
    Notice get(UserContext who, long id);

    /** 已读: marks a notice read. */
    void markRead(UserContext who, long id);

    /** ★: stars or unstars a notice. */
    void star(UserContext who, long id, boolean starred);
}
