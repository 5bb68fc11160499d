package org.policycommons.vote;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.policycommons.audit.AuditLog;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleCreated;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.cycle.PhaseState;
import org.policycommons.common.Translations;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalUser;
import org.policycommons.identity.Roles;
import org.policycommons.text.Subject;
import org.policycommons.text.Translated;
import org.policycommons.text.TranslatedTexts;
import org.policycommons.vote.repository.PriorityRecord;
import org.policycommons.vote.repository.PriorityRepository;
import org.policycommons.vote.repository.VoteSetupRecord;
import org.policycommons.vote.repository.VoteSetupRepository;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cycle's priorities and ballot rules. District admins set them before the vote opens, each priority's title and
 * explanation in the district's languages (its first always); once the vote has opened, the list and the rules are
 * fixed, and a wording may change only by a typo fix (a few characters) or by a language it lacked being added. Every
 * change is audited.
 */
@Service
@Transactional(readOnly = true)
public class PriorityService {

    static final String ADMIN = "hasRole('" + Roles.DISTRICT_ADMIN + "')";
    public static final int TITLE_MAX = 200;
    public static final int EXPLANATION_MAX = 1000;
    static final int BUDGET_MAX = 100;

    private final PriorityRepository priorities;
    private final VoteSetupRepository setups;
    private final CycleService cycles;
    private final AuditLog audit;
    private final TranslatedTexts texts;
    private final Translations translations;

    PriorityService(PriorityRepository priorities, VoteSetupRepository setups, CycleService cycles, AuditLog audit,
                    TranslatedTexts texts, Translations translations) {
        this.priorities = priorities;
        this.setups = setups;
        this.cycles = cycles;
        this.audit = audit;
        this.texts = texts;
        this.translations = translations;
    }

    /** A cycle's priorities in ballot order, with their words: three queries, however many there are. */
    public List<Priority> priorities(long cycleId) {
        List<PriorityRecord> records = priorities.findByCycleIdOrderByPositionAscIdAsc(cycleId);
        List<Long> ids = records.stream().map(PriorityRecord::id).toList();
        Map<Long, Translated> titles = texts.of(Subject.PRIORITY_TITLE, ids);
        Map<Long, Translated> explanations = texts.of(Subject.PRIORITY_EXPLANATION, ids);
        return records.stream().map(r -> r.toPriority(titles.getOrDefault(r.id(), Translated.NONE),
                explanations.getOrDefault(r.id(), Translated.NONE))).toList();
    }

    /** The languages priorities are written in: the district's, its first required. */
    public List<Locale> languages() {
        return texts.offered();
    }

    /** Each priority's title as one reader sees it (in their language, else the district's first), by id. */
    public Map<Long, String> titlesFor(long cycleId, Locale reader) {
        List<Locale> offered = texts.offered();
        Map<Long, String> titles = new java.util.LinkedHashMap<>();
        priorities(cycleId).forEach(p -> titles.put(p.id(), p.title().textFor(reader, offered)));
        return titles;
    }

    public VoteSetup setup(long cycleId) {
        return setups.findByCycleId(cycleId).map(VoteSetupRecord::toSetup).orElse(VoteSetup.DEFAULT);
    }

    /** A new cycle starts with one priority per SECURe action step. */
    @EventListener
    @Transactional
    public void seed(CycleCreated event) {
        seedDefaults(event.cycleId());
    }

    void seedDefaults(long cycleId) {
        if (priorities.existsByCycleId(cycleId)) {
            return;
        }
        int position = 1;
        for (DefaultPriorities.Seed seed : DefaultPriorities.in(texts.offered(), translations)) {
            PriorityRecord seeded = priorities.save(new PriorityRecord(cycleId, position++, seed.step()));
            texts.write(Subject.PRIORITY_TITLE, seeded.id(), seed.title(), SEEDED_BY);
            texts.write(Subject.PRIORITY_EXPLANATION, seeded.id(), seed.explanation(), SEEDED_BY);
        }
    }

    /** Who the translation table says wrote the default priorities. */
    private static final String SEEDED_BY = "Policy Commons";

    @PreAuthorize(ADMIN)
    @Transactional
    public long add(long cycleId, Translated title, Translated explanation) {
        beforeVote(cycleId);
        checked(title, explanation);
        int position = priorities.findByCycleIdOrderByPositionAscIdAsc(cycleId).size() + 1;
        PriorityRecord added = priorities.save(new PriorityRecord(cycleId, position, null));
        write(added.id(), title, explanation);
        audit.record("priority.added", cycleId, null, words(title, explanation));
        return added.id();
    }

    /**
     * Rewords a priority in the district's languages. Once the vote has opened, each wording it had may change only
     * by a typo fix of a few characters per field, and a language it lacked may be added; nothing may be taken out.
     */
    @PreAuthorize(ADMIN)
    @Transactional
    public void reword(long priorityId, long expectedVersion, Translated title, Translated explanation) {
        PriorityRecord record = priorities.findForRewording(priorityId)
                .orElseThrow(() -> new CycleRuleViolation("priority.error.not-found"));
        Cycle cycle = editableCycle(record.cycleId());
        Priority before = withWords(record);
        if (before.version() != expectedVersion) {
            throw new CycleRuleViolation("cycle.error.changed-meanwhile");
        }
        checked(title, explanation);
        if (!upcoming(cycle) && !(typoFix(before.title(), title) && typoFix(before.explanation(), explanation))) {
            throw new CycleRuleViolation("priority.error.reword-after-open");
        }
        write(priorityId, title, explanation);
        audit.record(upcoming(cycle) ? "priority.reworded" : "priority.typo-fixed", cycle.id(),
                words(before.title(), before.explanation()), words(title, explanation));
    }

    private Priority withWords(PriorityRecord record) {
        return record.toPriority(texts.of(Subject.PRIORITY_TITLE, record.id()),
                texts.of(Subject.PRIORITY_EXPLANATION, record.id()));
    }

    private void write(long priorityId, Translated title, Translated explanation) {
        String by = CurrentUser.get().map(PortalUser::displayName).orElse("?");
        texts.write(Subject.PRIORITY_TITLE, priorityId, title, by);
        texts.write(Subject.PRIORITY_EXPLANATION, priorityId, explanation, by);
    }

    private static Map<String, Object> words(Translated title, Translated explanation) {
        return Map.of("title", title.byLanguage(), "explanation", explanation.byLanguage());
    }

    @PreAuthorize(ADMIN)
    @Transactional
    public void remove(long priorityId) {
        PriorityRecord record = existing(priorityId);
        beforeVote(record.cycleId());
        Priority removed = withWords(record);
        priorities.delete(record);
        texts.write(Subject.PRIORITY_TITLE, priorityId, Translated.NONE, "");
        texts.write(Subject.PRIORITY_EXPLANATION, priorityId, Translated.NONE, "");
        renumber(record.cycleId());
        audit.record("priority.removed", removed.cycleId(), words(removed.title(), removed.explanation()), null);
    }

    /** Moves a priority one place up ({@code -1}) or down ({@code +1}) in the list. */
    @PreAuthorize(ADMIN)
    @Transactional
    public void move(long priorityId, int by) {
        PriorityRecord record = existing(priorityId);
        beforeVote(record.cycleId());
        List<PriorityRecord> list = new java.util.ArrayList<>(priorities.findByCycleIdOrderByPositionAscIdAsc(record.cycleId()));
        int from = list.indexOf(record);
        int to = Math.max(0, Math.min(list.size() - 1, from + Integer.signum(by)));
        list.remove(from);
        list.add(to, record);
        for (int i = 0; i < list.size(); i++) {
            list.get(i).moveTo(i + 1);
        }
        audit.record("priority.moved", record.cycleId(), Map.of("position", from + 1), Map.of("position", to + 1));
    }

    @PreAuthorize(ADMIN)
    @Transactional
    public void changeSetup(long cycleId, VoteSetup setup) {
        beforeVote(cycleId);
        if (setup.budget() < 1 || setup.budget() > BUDGET_MAX) {
            throw new CycleRuleViolation("priority.error.budget", BUDGET_MAX);
        }
        if (setup.cap() < 1 || setup.cap() > setup.budget()) {
            throw new CycleRuleViolation("priority.error.cap");
        }
        VoteSetup before = setup(cycleId);
        setups.findByCycleId(cycleId).ifPresentOrElse(r -> r.change(setup),
                () -> setups.save(new VoteSetupRecord(cycleId, setup)));
        audit.record("vote.setup-changed", cycleId, before, setup);
    }

    private void renumber(long cycleId) {
        List<PriorityRecord> list = priorities.findByCycleIdOrderByPositionAscIdAsc(cycleId);
        for (int i = 0; i < list.size(); i++) {
            list.get(i).moveTo(i + 1);
        }
    }

    private PriorityRecord existing(long priorityId) {
        return priorities.findById(priorityId).orElseThrow(() -> new CycleRuleViolation("priority.error.not-found"));
    }

    private Cycle editableCycle(long cycleId) {
        Cycle cycle = cycles.cycle(cycleId).orElseThrow(() -> new CycleRuleViolation("cycle.error.not-found"));
        if (cycle.adopted()) {
            throw new CycleRuleViolation("cycle.error.adopted-read-only");
        }
        return cycle;
    }

    private void beforeVote(long cycleId) {
        if (!upcoming(editableCycle(cycleId))) {
            throw new CycleRuleViolation("priority.error.vote-opened");
        }
    }

    private static boolean upcoming(Cycle cycle) {
        return cycle.phase(PhaseKind.PRIORITY_VOTE).map(p -> p.state() == PhaseState.UPCOMING).orElse(true);
    }

    /**
     * Checks a priority's words: the languages the district offers, its first required; in each language given, a
     * title and an explanation, neither too long. Refusals name the language.
     */
    private void checked(Translated title, Translated explanation) {
        List<Locale> offered = texts.offered();
        Locale first = offered.getFirst();
        if (title.in(first).isEmpty()) {
            throw new CycleRuleViolation("priority.error.title-required", TranslatedTexts.name(first));
        }
        if (explanation.in(first).isEmpty()) {
            throw new CycleRuleViolation("priority.error.explanation-required", TranslatedTexts.name(first));
        }
        texts.checked(title, offered, TITLE_MAX);
        texts.checked(explanation, offered, EXPLANATION_MAX);
        for (String language : title.byLanguage().keySet()) {
            if (!explanation.byLanguage().containsKey(language)) {
                throw new CycleRuleViolation("priority.error.explanation-required",
                        TranslatedTexts.name(Locale.forLanguageTag(language)));
            }
        }
        for (String language : explanation.byLanguage().keySet()) {
            if (!title.byLanguage().containsKey(language)) {
                throw new CycleRuleViolation("priority.error.title-required",
                        TranslatedTexts.name(Locale.forLanguageTag(language)));
            }
        }
    }

    /**
     * A typo fix, not a new meaning, in every language the text had: the same words in the same order, each changed
     * by at most two characters, at most three in all. Adding or dropping a word (a "not", a "no") is a new wording;
     * a language the text lacked may be added, but none taken out.
     */
    static boolean typoFix(Translated before, Translated after) {
        return before.byLanguage().entrySet().stream().allMatch(was -> {
            String is = after.byLanguage().get(was.getKey());
            return is != null && typoFix(was.getValue(), is);
        });
    }

    private static boolean typoFix(String before, String after) {
        String[] was = before.strip().split("\\s+");
        String[] is = after.strip().split("\\s+");
        if (was.length != is.length) {
            return false;
        }
        int total = 0;
        for (int i = 0; i < was.length; i++) {
            int changed = distance(was[i], is[i]);
            if (changed > 2) {
                return false;
            }
            total += changed;
        }
        return total <= 3;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
