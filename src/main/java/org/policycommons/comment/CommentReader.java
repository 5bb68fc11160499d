package org.policycommons.comment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policycommons.comment.repository.CommentRecord;
import org.policycommons.identity.PortalRole;
import org.policycommons.participant.Participant;
import org.policycommons.text.Translated;

/**
 * Turns comment rows into what a reader may see: who wrote each (a student by pseudonym only), its text unless it was
 * withdrawn or hidden, its co-signers, and whether the reader may still change it.
 */
final class CommentReader {

    private final Map<Long, List<CommentRecord>> childrenOf = new HashMap<>();
    private final Map<Long, Participant> authors;
    private final Map<Long, List<String>> cosignedBy;
    private final Map<Long, List<Comment.Answer>> answers;
    private final Map<Long, Translated> hiddenBecause;
    private final Map<Long, Translated> byDistrict;
    private final Map<Long, List<Attachments.Attached>> files;
    private final Optional<Long> reader;
    private final boolean commentOpen;

    CommentReader(List<CommentRecord> records, Map<Long, Participant> authors, Map<Long, List<String>> cosignedBy,
                  Map<Long, List<Comment.Answer>> answers, Map<Long, Translated> hiddenBecause,
                  Map<Long, Translated> byDistrict, Map<Long, List<Attachments.Attached>> files, Optional<Long> reader,
                  boolean commentOpen) {
        this.byDistrict = byDistrict;
        this.files = files;
        this.answers = answers;
        this.hiddenBecause = hiddenBecause;
        this.authors = authors;
        this.cosignedBy = cosignedBy;
        this.reader = reader;
        this.commentOpen = commentOpen;
        records.stream().filter(r -> r.parentId() != null)
                .forEach(r -> childrenOf.computeIfAbsent(r.parentId(), k -> new ArrayList<>()).add(r));
    }

    Comment thread(CommentRecord record) {
        List<CommentRecord> children = childrenOf.getOrDefault(record.id(), List.of());
        List<Comment> replies = children.stream().map(this::thread).toList();
        return comment(record, replies, !children.isEmpty());
    }

    /** A comment or reply without the replies under it, e.g. as a search found it. */
    Comment alone(CommentRecord record) {
        return comment(record, List.of(), true);
    }

    private Comment comment(CommentRecord r, List<Comment> replies, boolean hasReplies) {
        Comment.Status status = r.hiddenAt() != null ? Comment.Status.HIDDEN
                : r.withdrawnAt() != null ? Comment.Status.WITHDRAWN : Comment.Status.VISIBLE;
        boolean visible = status == Comment.Status.VISIBLE;
        boolean mine = reader.filter(id -> id == r.authorId()).isPresent();
        List<Comment.Answer> answered = answers.getOrDefault(r.id(), List.of());
        return new Comment(r.id(), r.sectionId(), r.parentId(), r.depth(), author(r), visible ? r.stance() : null,
                visible ? r.body() : null, visible ? r.quote() : null, r.createdAt(), r.editedAt(), status,
                status == Comment.Status.HIDDEN ? hiddenBecause.getOrDefault(r.id(), Translated.NONE) : null,
                visible ? cosignedBy.getOrDefault(r.id(), List.of()).stream().distinct().toList() : List.of(),
                mine, mine && visible && commentOpen && !hasReplies && answered.isEmpty() && r.standsById() == null,
                r.version(), replies,
                answered, r.language(), visible ? r.quoteLanguage() : null,
                visible ? byDistrict.getOrDefault(r.id(), Translated.NONE) : Translated.NONE,
                r.channel().offline() ? new Comment.Received(r.channel(), r.receivedOn(), r.textKind()) : null,
                visible ? files.getOrDefault(r.id(), List.of()) : List.of(),
                mine && visible && commentOpen && r.depth() == 0 && !r.channel().offline() && r.standsById() == null
                        && (PortalRole.CIVIL_RIGHTS.realmRole().equals(r.authorRole())
                        || PortalRole.PARTNER.realmRole().equals(r.authorRole())),
                r.standsByVersion());
    }

    private Comment.Author author(CommentRecord r) {
        if (r.channel().offline()) {
            // A voice heard outside the portal is shown by its pseudonym only, whatever name it gave.
            String pseudonym = Optional.ofNullable(authors.get(r.authorId())).map(Participant::pseudonym).orElse("?");
            PortalRole declared = PortalRole.fromRealmRole(r.authorRole()).orElse(null);
            return new Comment.Author(declared, pseudonym, declared == PortalRole.STUDENT);
        }
        PortalRole role = PortalRole.fromRealmRole(r.authorRole()).orElse(PortalRole.FAMILY);
        if (role == PortalRole.STUDENT) {
            String pseudonym = Optional.ofNullable(authors.get(r.authorId())).map(Participant::pseudonym).orElse("?");
            return new Comment.Author(role, pseudonym, true);
        }
        String shown = r.authorOrganisation() != null ? r.authorOrganisation()
                : r.authorName() != null ? r.authorName() : "?";
        return new Comment.Author(role, shown, false);
    }
}
