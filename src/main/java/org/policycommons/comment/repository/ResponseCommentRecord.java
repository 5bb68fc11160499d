package org.policycommons.comment.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.policycommons.district.DistrictOwned;

/** One comment a response answers. */
@Entity
@Table(name = "response_comment")
public class ResponseCommentRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "response_id", nullable = false, updatable = false)
    private long responseId;

    @Column(name = "comment_id", nullable = false, updatable = false)
    private long commentId;

    protected ResponseCommentRecord() {
    }

    public ResponseCommentRecord(long responseId, long commentId) {
        this.responseId = responseId;
        this.commentId = commentId;
    }

    public long responseId() {
        return responseId;
    }

    public long commentId() {
        return commentId;
    }
}
