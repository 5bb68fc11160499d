package org.policycommons.board;

import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.policycommons.audit.AuditLog;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.cycle.CycleService;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalUser;
import org.policycommons.identity.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Board packets a district admin publishes to the public pages, usually when board review begins: the packet in
 * each of the portal's languages, as it is at that moment, kept unchanged. A corrected packet is published as a new
 * edition beside the earlier ones, never in their place, and says what it corrects. Every publication is audited.
 */
@Service
public class PublishedPackets {

    /** The longest note of what a corrected edition corrects. */
    public static final int CORRECTION_MAX = 500;

    /** One published packet in one language, without its bytes. */
    public record Edition(long id, long cycleId, int edition, Locale language, Optional<String> correction,
                          Instant publishedAt, int sizeBytes) {
    }

    private final BoardPacket packets;
    private final CycleService cycles;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    PublishedPackets(BoardPacket packets, CycleService cycles, JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.packets = packets;
        this.cycles = cycles;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Publishes the cycle's packet, in every language, as its next edition. The first edition needs no note; a
     * corrected one must say what it corrects ({@code packet.error.correction-required}).
     *
     * @return the edition published
     */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    @Transactional
    public int publish(long cycleId, String correctionTyped) {
        cycles.cycle(cycleId).orElseThrow(() -> new CycleRuleViolation("cycle.error.not-found"));
        long district = CurrentDistrict.require();
        // The cycle's row, locked: two admins publishing at once make two editions, one after the other.
        jdbc.queryForObject("select id from review_cycle where id = ? and district_id = ? for update", Long.class,
                cycleId, district);
        Integer last = jdbc.queryForObject(
                "select max(edition) from published_packet where district_id = ? and cycle_id = ?", Integer.class,
                district, cycleId);
        int edition = last == null ? 1 : last + 1;
        String correction = correctionTyped == null ? "" : correctionTyped.strip();
        if (edition > 1 && correction.isEmpty()) {
            throw new CycleRuleViolation("packet.error.correction-required");
        }
        if (correction.length() > CORRECTION_MAX) {
            throw new CycleRuleViolation("packet.error.correction-too-long", CORRECTION_MAX);
        }
        PortalUser admin = CurrentUser.get().orElseThrow();
        Timestamp now = Timestamp.from(clock.instant());
        List<Locale> languages = packets.languages();
        for (Locale language : languages) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            packets.write(cycleId, language, pdf);
            jdbc.update("""
                    insert into published_packet (district_id, cycle_id, edition, language, correction, published_at,
                        published_by, published_by_name, size_bytes, content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    district, cycleId, edition, language.toLanguageTag(), correction.isEmpty() ? null : correction, now,
                    admin.subject(), admin.displayName(), pdf.size(), pdf.toByteArray());
        }
        audit.record("board.packet-published", cycleId, null, Map.of("edition", edition,
                "languages", languages.stream().map(Locale::getLanguage).toList(),
                "correction", correction));
        return edition;
    }

    /** The cycle's published packets, newest edition first: anyone may read them. */
    public List<Edition> editions(long cycleId) {
        return jdbc.query("""
                select id, cycle_id, edition, language, correction, published_at, size_bytes from published_packet
                where district_id = ? and cycle_id = ? order by edition desc, language""",
                (rs, row) -> new Edition(rs.getLong(1), rs.getLong(2), rs.getInt(3), Locale.forLanguageTag(rs.getString(4)),
                        Optional.ofNullable(rs.getString(5)), rs.getTimestamp(6).toInstant(), rs.getInt(7)),
                CurrentDistrict.require(), cycleId);
    }

    /** A published packet's PDF, if this district published one with that id for that cycle. */
    public Optional<byte[]> pdf(long cycleId, long packetId) {
        List<byte[]> found = jdbc.query(
                "select content from published_packet where district_id = ? and cycle_id = ? and id = ?",
                (rs, row) -> rs.getBytes(1), CurrentDistrict.require(), cycleId, packetId);
        return found.stream().findFirst();
    }
}
