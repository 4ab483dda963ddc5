package org.tongguan.core.internal.notice;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.tongguan.core.notice.Notice;

/** A notice as stored. */
@Entity
@Table(name = "TG_NOTICE")
public class NoticeEntity {
    @Id
    @SequenceGenerator(name = "TG_NOTICE_SEQ", sequenceName = "TG_NOTICE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_NOTICE_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "ENTERPRISE_CODE", length = 10, nullable = false)
    String enterpriseCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 10, nullable = false)
    Notice.Kind kind;
    @Column(name = "SOURCE", length = 60, nullable = false)
    String source;
    @Column(name = "TITLE", length = 200, nullable = false)
    String title;
    @Column(name = "TEXT", length = 4000)
    String text;
    @Column(name = "TITLE_EN", length = 200)
    String titleEn;
    @Column(name = "TEXT_EN", length = 4000)
    String textEn;
    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;
    @Column(name = "READ_AT")
    Instant readAt;
    @Column(name = "STARRED", nullable = false)
    boolean starred;
    @Column(name = "DOCUMENT_ID")
    Long documentId;
    /** What makes a notice published once (NoticeService#publishOnce), or null. */
    @Column(name = "NOTICE_KEY", length = 120, unique = true)
    String key;

    Notice notice() {
        return new Notice(id, enterpriseCode, kind, source, title, text, createdAt, readAt, starred, titleEn,
                textEn, documentId);
    }
}
