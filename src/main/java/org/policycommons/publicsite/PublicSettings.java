package org.policycommons.publicsite;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.policycommons.audit.AuditLog;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.identity.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a district shows the public beyond what is always public: whether students' comments are shown to readers who
 * are not signed in (by default they are not: the public sees only how many there are). District admins change it,
 * and every change is audited.
 */
@Service
public class PublicSettings {

    /** A district's public settings. */
    public record Settings(boolean studentsCommentsPublic) {
    }

    static final Settings DEFAULTS = new Settings(false);

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    PublicSettings(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The settings of the district in scope; anyone may read them, as the public pages do. */
    public Settings current() {
        return of(CurrentDistrict.require());
    }

    Settings of(long districtId) {
        List<Settings> found = jdbc.query("select students_comments_public from public_setting where district_id = ?",
                (rs, row) -> new Settings(rs.getBoolean(1)), districtId);
        return found.isEmpty() ? DEFAULTS : found.getFirst();
    }

    /** Shows students' comments to the public, or keeps them for signed-in members again. */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    @Transactional
    public void showStudentsComments(boolean shown) {
        long district = CurrentDistrict.require();
        Settings before = of(district);
        if (before.studentsCommentsPublic() == shown) {
            return;
        }
        jdbc.update("""
                insert into public_setting (district_id, students_comments_public, updated_at) values (?, ?, ?)
                on duplicate key update students_comments_public = ?, updated_at = ?""",
                district, shown, Timestamp.from(clock.instant()), shown, Timestamp.from(clock.instant()));
        audit.record("public.students-comments", null, Map.of("studentsCommentsPublic", before.studentsCommentsPublic()),
                Map.of("studentsCommentsPublic", shown));
    }
}
