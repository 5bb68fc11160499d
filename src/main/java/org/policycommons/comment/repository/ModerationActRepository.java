package org.policycommons.comment.repository;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ModerationActRepository extends JpaRepository<ModerationActRecord, Long> {

    /**
     * Per act and reason, how many times: the public moderation log, with no comment's text. A reusable reason counts
     * once by its key, whatever its words were then; a reason written for one comment, by its words.
     */
    @Query("""
            select m.act as act, m.reasonKey as reasonKey, min(m.publicReason) as reason, count(m) as times
            from ModerationActRecord m where m.cycleId = :cycle
            group by m.act, m.reasonKey, case when m.reasonKey is null then m.publicReason else '' end
            order by count(m) desc, min(m.publicReason)""")
    List<ReasonCount> countByReason(@Param("cycle") long cycleId);

    interface ReasonCount {
        String getAct();

        String getReasonKey();

        String getReason();

        long getTimes();
    }
}
