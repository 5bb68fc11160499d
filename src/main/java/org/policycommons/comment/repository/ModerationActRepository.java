package org.policycommons.comment.repository;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ModerationActRepository extends JpaRepository<ModerationActRecord, Long> {

    /** Per act and public reason, how many times: the public moderation log, with no comment's text. */
    @Query("""
            select m.act as act, m.publicReason as reason, count(m) as times from ModerationActRecord m
            where m.cycleId = :cycle group by m.act, m.publicReason order by count(m) desc, m.publicReason""")
    List<ReasonCount> countByReason(@Param("cycle") long cycleId);

    interface ReasonCount {
        String getAct();

        String getReason();

        long getTimes();
    }
}
