package org.policycommons.notification.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.policycommons.comment.CommentService;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.Phase;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.district.District;
import org.policycommons.identity.PortalUser;
import org.policycommons.shell.HomeSection;
import org.policycommons.vote.BallotService;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The first line of the district home: what the reader can still do and by when, with a direct link, e.g. "You have
 * not voted yet: the vote closes in 3 days. [Vote now]". Of the open comment and vote windows the reader's role acts
 * in, the one closing soonest that they have not taken part in; when they have taken part in all, that they can still
 * change their ballot or add comments, and until when. Nothing for readers with nothing to do.
 */
@Component
class StillToDoSection implements HomeSection {

    private final CycleService cycles;
    private final CommentService comments;
    private final BallotService ballots;

    StillToDoSection(CycleService cycles, CommentService comments, BallotService ballots) {
        this.cycles = cycles;
        this.comments = comments;
        this.ballots = ballots;
    }

    @Override
    public int order() {
        return 0;
    }

    /** An open window the reader acts in: whether they took part, and when it closes. */
    private record Open(PhaseKind kind, boolean done, LocalDate lastDay, LocalDate today) {
    }

    @Override
    public com.vaadin.flow.component.Component create(District district, PortalUser user) {
        Div line = new Div();
        line.setId("still-to-do");
        line.addClassName("still-to-do");
        Optional<Cycle> current = cycles.current().filter(c -> !c.adopted());
        if (current.isEmpty()) {
            line.setVisible(false);
            return line;
        }
        Cycle cycle = current.get();
        List<Open> open = new ArrayList<>();
        for (Phase phase : cycle.openPhases()) {
            boolean acts = phase.kind().actingRoles().stream().anyMatch(user::hasRole);
            if (!acts || phase.closesAt() == null) {
                continue;
            }
            if (phase.kind() == PhaseKind.PUBLIC_COMMENT) {
                open.add(new Open(phase.kind(), comments.haveCommented(cycle.id()), phase.lastDay(district.timeZone()),
                        phase.asOf()));
            } else if (phase.kind() == PhaseKind.PRIORITY_VOTE && ballots.canVote(cycle.id())) {
                open.add(new Open(phase.kind(), ballots.myBallot(cycle.id()).savedAt().isPresent(),
                        phase.lastDay(district.timeZone()), phase.asOf()));
            }
        }
        Optional<Open> next = open.stream().filter(o -> !o.done()).min(Comparator.comparing(Open::lastDay))
                .or(() -> open.stream().min(Comparator.comparing(Open::lastDay)));
        if (next.isEmpty()) {
            line.setVisible(false);
            return line;
        }
        Open what = next.get();
        long days = Math.max(0, ChronoUnit.DAYS.between(what.today(), what.lastDay()));
        String kind = what.kind() == PhaseKind.PUBLIC_COMMENT ? "comment" : "vote";
        String state = what.done() ? "done" : "to-do";
        // The words a paragraph of their own and the link beside it, so the link reads as a button, not as text.
        Paragraph text = new Paragraph(line.getTranslation("home.still." + kind + "." + state, days));
        String path = what.kind() == PhaseKind.PUBLIC_COMMENT ? "/drafts/" + cycle.id() : "/vote/" + cycle.id();
        Anchor go = new Anchor("d/" + district.slug() + path, line.getTranslation("home.still." + kind + "." + state + ".go"));
        go.setId("still-to-do-go");
        go.addClassName("action-link");
        line.add(text, go);
        return line;
    }
}
