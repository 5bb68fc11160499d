package org.policycommons.comment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How large and how many files may be attached to one comment or item received outside the portal, per deployment
 * ({@code portal.attachments.max-bytes}, {@code PORTAL_ATTACHMENTS_MAXFILES}). Unset: 10 MB and 3 files.
 */
@ConfigurationProperties("portal.attachments")
public record AttachmentProperties(Long maxBytes, Integer maxFiles) {

    public long maxBytesOrDefault() {
        return maxBytes != null && maxBytes > 0 ? maxBytes : 10L * 1024 * 1024;
    }

    public int maxFilesOrDefault() {
        return maxFiles != null && maxFiles > 0 ? maxFiles : 3;
    }
}
