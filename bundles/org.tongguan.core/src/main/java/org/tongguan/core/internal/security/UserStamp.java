package org.tongguan.core.internal.security;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** A user's 报关员章 image, apart from the account so signing in never reads it. */
@Entity
@Table(name = "TG_USER_STAMP")
public class UserStamp {
    static final int MAX_BYTES = 1024 * 1024;

    @Id
    @Column(name = "USER_ID")
    private Long userId;
    @Lob
    @Column(name = "IMAGE", nullable = false)
    private byte[] image;

    protected UserStamp() {
    }

    UserStamp(long userId, byte[] image) {
        this.userId = userId;
        this.image = image.clone();
    }

    byte[] image() {
        return image.clone();
    }

    void replace(byte[] newImage) {
        image = newImage.clone();
    }

    /** PNG or JPEG, by their signatures. */
    static boolean isImage(byte[] b) {
        boolean png = b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
        boolean jpeg = b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
        return png || jpeg;
    }
}
