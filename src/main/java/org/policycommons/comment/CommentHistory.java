package org.policycommons.comment;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.policycommons.draft.DraftVersion;
import org.policycommons.draft.Section;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.identity.PortalRole;
import org.policycommons.text.Subject;
import org.policycommons.text.Translated;
import org.policycommons.text.TranslatedTexts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments, co-signatures, removals and district responses that happened, recorded as they were, in the district in
 * scope: for the portal's own seeding and imports (the demo module), never for a request. The services refuse a
 * closed window, rightly; history is written here instead, by the module that owns these tables.
 */
@Service
public class CommentHistory {

    private final JdbcTemplate jdbc;
    private final TranslatedTexts texts;

    private final org.policycommons.participant.ParticipantService participants;

    CommentHistory(JdbcTemplate jdbc, TranslatedTexts texts,
                   org.policycommons.participant.ParticipantService participants) {
        this.participants = participants;
        this.texts = texts;
        this.jdbc = jdbc;
    }

    /** Who wrote a comment: a participant, their speaking role, the name others see (none for a student), an organisation. */
    public record Writer(long participantId, PortalRole role, String name, String organisation) {
    }

    /** Whether this cycle already has comments. */
    public boolean any(long cycleId) {
        Long count = jdbc.queryForObject("select count(*) from comment where district_id = ? and cycle_id = ?",
                Long.class, CurrentDistrict.require(), cycleId);
        return count != null && count > 0;
    }

    /** A comment (or, with a parent, a reply) on a section of a published version; returns its id. */
    @Transactional
    public long recordComment(long cycleId, DraftVersion version, Section section, Long parentId, Writer writer,
                              Stance stance, String text, String language, Instant at) {
        return insert("""
                insert into comment (district_id, cycle_id, draft_id, version_id, section_id, section_key, parent_id,
                    root_id, depth, author_id, author_role, author_name, author_organisation, stance, body, language,
                    created_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                CurrentDistrict.require(), cycleId, version.draftId(), version.id(), section.id(), section.key(),
                parentId, parentId, parentId == null ? 0 : 1, writer.participantId(), writer.role().realmRole(),
                writer.role() == PortalRole.STUDENT ? null : writer.name(), writer.organisation(),
                stance == null ? null : stance.name(), text, language, Timestamp.from(at));
    }

    /**
     * An author still stood by their comment on a later version (docs/decisions/027): a comment there, on the section
     * with the same key, with the same words and stance. Nothing is recorded if that version removed the section.
     */
    @Transactional
    public void recordStandBy(long commentId, DraftVersion later, Instant at) {
        jdbc.update("""
                insert into comment (district_id, cycle_id, draft_id, version_id, section_id, section_key, parent_id,
                    root_id, depth, author_id, author_role, author_name, author_organisation, stance, body, language,
                    created_at, version, stands_by_id, stands_by_version)
                select c.district_id, c.cycle_id, c.draft_id, s.version_id, s.id, s.section_key, null, null, 0,
                    c.author_id, c.author_role, c.author_name, c.author_organisation, c.stance, c.body, c.language, ?, 0,
                    c.id, v.number
                from comment c
                join draft_version v on v.id = c.version_id
                join draft_section s on s.version_id = ? and s.section_key = c.section_key
                where c.district_id = ? and c.id = ?""", Timestamp.from(at), later.id(), CurrentDistrict.require(),
                commentId);
    }

    @Transactional
    public void recordCosign(long commentId, long participantId, String organisation, Instant at) {
        jdbc.update("""
                insert into comment_cosign (district_id, comment_id, participant_id, organisation, created_at)
                values (?, ?, ?, ?, ?)""", CurrentDistrict.require(), commentId, participantId, organisation,
                Timestamp.from(at));
    }

    /** A flag on a comment, then its removal by a moderator with a public reason, as the moderation log counts it. */
    @Transactional
    public void recordRemoval(long cycleId, long commentId, long flaggedBy, String flagReason, String publicReason,
                              Instant flaggedAt, Instant removedAt) {
        long district = CurrentDistrict.require();
        jdbc.update("""
                insert into comment_flag (district_id, comment_id, participant_id, reason, created_at, handled_at)
                values (?, ?, ?, ?, ?, ?)""", district, commentId, flaggedBy, flagReason, Timestamp.from(flaggedAt),
                Timestamp.from(removedAt));
        jdbc.update("update comment set hidden_at = ?, hidden_reason = ? where district_id = ? and id = ?",
                Timestamp.from(removedAt), publicReason, district, commentId);
        jdbc.update("""
                insert into moderation_act (district_id, cycle_id, comment_id, act, public_reason, actor_subject, created_at)
                values (?, ?, ?, 'HIDE', ?, 'history', ?)""", district, cycleId, commentId, publicReason,
                Timestamp.from(removedAt));
    }

    /**
     * The district's answer to these comments, with its disposition, in the district's first language and any of its
     * others (a language it does not offer is left out).
     */
    @Transactional
    public void recordResponse(long cycleId, DraftVersion version, List<Long> commentIds, Disposition disposition,
                               Translated answer, Instant at) {
        long district = CurrentDistrict.require();
        List<Locale> offered = texts.offered();
        String text = answer.in(offered.getFirst()).orElseThrow();
        long response = insert("""
                insert into district_response (district_id, cycle_id, draft_id, version_id, body, disposition,
                    created_at, created_by, created_by_name)
                values (?, ?, ?, ?, ?, ?, ?, 'history', 'District staff')""", district, cycleId, version.draftId(),
                version.id(), text, disposition.name(), Timestamp.from(at));
        for (long comment : commentIds) {
            jdbc.update("insert into response_comment (district_id, response_id, comment_id) values (?, ?, ?)",
                    district, response, comment);
        }
        Translated offeredOnly = Translated.NONE;
        for (Locale language : offered) {
            offeredOnly = offeredOnly.with(language, answer.in(language).orElse(""));
        }
        texts.write(Subject.RESPONSE, response, offeredOnly, "District staff");
    }

    /**
     * Input the district received outside the portal, as staff entered it then: one item, a voice of its own with a
     * pseudonym, and a comment row per section it concerns (none given: the draft as a whole). Returns the item's id.
     *
     * @param declared the group the speaker stated, or null for "not stated"
     */
    @Transactional
    public long recordIntake(long cycleId, DraftVersion version, List<Section> sections, PortalRole declared,
                             Channel channel, java.time.LocalDate receivedOn, Stance stance, String text, TextKind kind,
                             String language, Instant enteredAt) {
        long district = CurrentDistrict.require();
        long voice = participants.offlineVoice().id();
        String group = declared == null ? org.policycommons.vote.VoterGroup.NOT_STATED_CODE : declared.realmRole();
        long item = insert("""
                insert into intake_item (district_id, cycle_id, draft_id, version_id, voice_id, channel, received_on,
                    declared_role, whole_draft, stance, body, text_kind, language, entered_by, entered_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'history', ?, 0)""",
                district, cycleId, version.draftId(), version.id(), voice, channel.name(),
                java.sql.Date.valueOf(receivedOn), group, sections.isEmpty(), stance.name(), text, kind.name(),
                language, Timestamp.from(enteredAt));
        List<Section> placed = sections.isEmpty() ? java.util.Collections.singletonList(null) : sections;
        for (Section section : placed) {
            insert("""
                    insert into comment (district_id, cycle_id, draft_id, version_id, section_id, section_key, depth,
                        author_id, author_role, stance, body, language, created_at, channel, received_on, text_kind,
                        intake_id, version)
                    values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                    district, cycleId, version.draftId(), version.id(), section == null ? null : section.id(),
                    section == null ? null : section.key(), voice, group, stance.name(), text, language,
                    Timestamp.from(enteredAt), channel.name(), java.sql.Date.valueOf(receivedOn), kind.name(), item);
        }
        return item;
    }

    /** The district's translation of a comment into another of its languages (left out if it does not offer it). */
    @Transactional
    public void recordStaffTranslation(long commentId, Locale language, String text) {
        if (texts.offered().stream().anyMatch(l -> l.getLanguage().equals(language.getLanguage()))) {
            texts.write(Subject.COMMENT_STAFF_TRANSLATION, commentId, Translated.NONE.with(language, text),
                    "District staff");
        }
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }
}
