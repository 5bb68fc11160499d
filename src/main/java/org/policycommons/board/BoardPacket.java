package org.policycommons.board;

import java.io.OutputStream;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policycommons.comment.DistrictResponse;
import org.policycommons.comment.ModerationService;
import org.policycommons.comment.ResponseService;
import org.policycommons.comment.StaffTranslations;
import org.policycommons.common.Translations;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.rubric.Assessment;
import org.policycommons.rubric.RubricService;
import org.policycommons.text.Translated;
import org.policycommons.vote.VoterGroup;
import org.policycommons.vote.PriorityService;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board packet: a cycle's consolidated input as a PDF, in English or Spanish, that a board member can attach to
 * an agenda item as it is. It holds the same figures as the board's page (every one a SQL aggregate, groups of fewer
 * than 5 suppressed alike), a few representative comments per section chosen by a rule the packet itself states, the
 * responses, the redline summary and the moderation summary. Refused to families and students, like the page.
 */
@Service
@Transactional(readOnly = true)
public class BoardPacket {

    private final ConsolidatedInputService board;
    private final CycleService cycles;
    private final PriorityService priorities;
    private final ResponseService responses;
    private final ModerationService moderation;
    private final DistrictDirectory districts;
    private final Translations translations;
    private final Clock clock;
    private final StaffTranslations staff;
    private final RubricService rubrics;

    BoardPacket(ConsolidatedInputService board, CycleService cycles, PriorityService priorities,
                ResponseService responses, ModerationService moderation, DistrictDirectory districts,
                Translations translations, Clock clock, StaffTranslations staff, RubricService rubrics) {
        this.staff = staff;
        this.rubrics = rubrics;
        this.board = board;
        this.cycles = cycles;
        this.priorities = priorities;
        this.responses = responses;
        this.moderation = moderation;
        this.districts = districts;
        this.translations = translations;
        this.clock = clock;
    }

    /** The languages the current district offers, in which its packets are written. */
    public List<Locale> languages() {
        return priorities.languages();
    }

    /** Writes the packet of one cycle of the current district, in the given language, to {@code out}: a tagged PDF/UA-1. */
    @PreAuthorize(ConsolidatedInputService.READERS)
    public void write(long cycleId, Locale language, OutputStream out) {
        Locale locale = translations.forReader(priorities.languages(), language);
        PacketContent content = content(cycleId, locale);
        BoardLayout.Texts texts = (key, args) -> translations.text(key, locale, args);
        BoardTables tables = new BoardLayout(texts, locale).tables(content.input(), content.beside());
        PacketFonts fonts = new PacketFonts(translations.fonts());
        PacketPdf.write(new PacketHtml(content, tables, locale, texts, fonts).document(), fonts, out);
    }

    /**
     * The packet's figures as tables, in the reader's language: what the packet prints, and what the vote CSV draws.
     */
    @PreAuthorize(ConsolidatedInputService.READERS)
    public BoardTables tables(long cycleId, Locale language) {
        return figures(cycleId, Optional.empty(), Optional.empty(), language).tables();
    }

    /** The board's page: its read model (for the drill-down) and its tables, limited as the filters say. */
    public record Figures(ConsolidatedInput input, BoardTables tables) {
    }

    /** The board's figures, limited to a draft version or a group if the page's filters chose one. */
    @PreAuthorize(ConsolidatedInputService.READERS)
    public Figures figures(long cycleId, Optional<Integer> versionNumber, Optional<VoterGroup> group, Locale language) {
        return figuresIn(cycleId, versionNumber, group, translations.forReader(priorities.languages(), language));
    }

    /** The figures in exactly this language, whether or not the district offers it (the CSV's words are English). */
    @PreAuthorize(ConsolidatedInputService.READERS)
    BoardTables tablesIn(long cycleId, Locale locale) {
        return figuresIn(cycleId, Optional.empty(), Optional.empty(), locale).tables();
    }

    private Figures figuresIn(long cycleId, Optional<Integer> versionNumber, Optional<VoterGroup> group, Locale locale) {
        cycles.cycle(cycleId).orElseThrow(() -> new CycleRuleViolation("cycle.error.not-found"));
        ConsolidatedInput input = board.consolidated(cycleId, versionNumber, group);
        BoardLayout.Beside beside = new BoardLayout.Beside(priorities.titlesFor(cycleId, locale),
                responses.responses(cycleId, Pageable.ofSize(1)).getTotalElements(), board.removedNow(cycleId),
                moderation.log(cycleId), rubrics.assessments(cycleId));
        return new Figures(input, new BoardLayout((key, args) -> translations.text(key, locale, args), locale)
                .tables(input, beside));
    }

    private PacketContent content(long cycleId, Locale locale) {
        Cycle cycle = cycles.cycle(cycleId).orElseThrow(() -> new CycleRuleViolation("cycle.error.not-found"));
        District district = districts.byId(CurrentDistrict.require()).orElseThrow();
        ConsolidatedInput input = board.consolidated(cycleId, Optional.empty(), Optional.empty());
        Map<Long, String> priorityTitles = priorities.titlesFor(cycleId, locale);
        List<DistrictResponse> answers = responses.responses(cycleId, Pageable.unpaged()).getContent().stream()
                .sorted(Comparator.comparing(DistrictResponse::createdAt).thenComparing(DistrictResponse::id)).toList();
        Map<Long, List<ConsolidatedInput.DrillComment>> representative = board.representative(cycleId, input.hidden());
        Map<Long, Translated> byDistrict = staff.of(representative.values().stream().flatMap(List::stream)
                .map(ConsolidatedInput.DrillComment::id).toList());
        return new PacketContent(district, cycle, input, priorityTitles, representative, byDistrict,
                answers, moderation.log(cycleId), board.removedNow(cycleId), rubrics.assessments(cycleId),
                clock.instant());
    }

    /** Everything the packet prints, gathered before the first byte is written. */
    record PacketContent(District district, Cycle cycle, ConsolidatedInput input, Map<Long, String> priorityTitles,
                         Map<Long, List<ConsolidatedInput.DrillComment>> representative,
                         Map<Long, Translated> staffTranslations, List<DistrictResponse> responses, List<ModerationService.LogLine> moderation,
                         long removedNow, List<Assessment> selfAssessment, java.time.Instant preparedAt) {

        BoardLayout.Beside beside() {
            return new BoardLayout.Beside(priorityTitles, responses.size(), removedNow, moderation, selfAssessment);
        }
    }
}
