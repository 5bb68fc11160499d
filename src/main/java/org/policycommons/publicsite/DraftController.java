package org.policycommons.publicsite;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.policycommons.comment.Attachments;
import org.policycommons.comment.CarriedComments;
import org.policycommons.comment.Channel;
import org.policycommons.comment.Comment;
import org.policycommons.comment.CommentQuery;
import org.policycommons.comment.CommentService;
import org.policycommons.comment.Stance;
import org.policycommons.common.RuleViolation;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.cycle.PhaseState;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftTranslations;
import org.policycommons.draft.DraftVersion;
import org.policycommons.draft.Redline;
import org.policycommons.draft.SafeMarkdown;
import org.policycommons.draft.Section;
import org.policycommons.draft.SectionRef;
import org.policycommons.vote.VoterGroup;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A draft's published versions, the redline between any two, and each section's comments: what people said, as the
 * signed-in pages show it (students' comments only where the district shows them to the public).
 */
@Controller
public class DraftController {

    /** Comments (with their replies) per page of a section. */
    static final int PAGE_SIZE = 20;

    private final PublicSite site;
    private final DraftService drafts;
    private final CycleService cycles;
    private final CommentService comments;
    private final PublicSettings settings;
    private final DraftTranslations translations;
    private final Attachments attachments;
    private final CarriedComments carried;

    DraftController(PublicSite site, DraftService drafts, CycleService cycles, CommentService comments,
                    PublicSettings settings, DraftTranslations translations,
                    Attachments attachments, CarriedComments carried) {
        this.carried = carried;
        this.attachments = attachments;
        this.translations = translations;
        this.site = site;
        this.drafts = drafts;
        this.cycles = cycles;
        this.comments = comments;
        this.settings = settings;
    }

    /** A section as a version page shows it. */
    public record ShownSection(Section section, String html, long comments, String commentsHref, String clauseHref) {
    }

    public record VersionPage(Frame frame, Draft draft, Cycle cycle, DraftVersion version, List<ShownSection> sections,
                              List<Draft.VersionSummary> versions, boolean latest, boolean studentsShown,
                              Optional<String> compareHref, Wording wording,
                              Page<Comment> wholeDraft) {
    }

    /**
     * Which text of a version a page shows, for its note and its {@code lang}: the official translation into the
     * reader's language (the original binding, linked), the original (the translation linked, if any), or the
     * original because there is no translation.
     *
     * @param title        the draft's title in the text's language
     * @param language     the language of the text shown
     * @param original     the original's language
     * @param otherHref    the same page in the other text (the original, or the translation); empty if none
     */
    public record Wording(String title, Locale language, Locale original, boolean inTranslation,
                          Optional<String> otherHref) {

        public boolean translationExists() {
            return inTranslation || otherHref.isPresent();
        }
    }

    /** The text of a version for this visit: the reader's official translation unless they asked for the original. */
    private DraftVersion shownText(HttpServletRequest request, PublicSite.Visit visit, Draft draft, DraftVersion version,
                                   String path, Consumer<Wording> wording) {
        Locale reader = visit.reader.locale();
        boolean originalWanted = request.getParameter("original") != null;
        Optional<DraftVersion> translated = visit.read(() -> translations.inLanguage(version, reader));
        Locale original = visit.read(translations::originalLanguage);
        String translationHref = visit.reader.link(path);
        String originalHref = withParameter(translationHref, "original");
        if (translated.isPresent() && !originalWanted) {
            String title = visit.read(() -> translations.title(draft.id(), reader)).orElse(draft.title());
            wording.accept(new Wording(title, reader, original, true, Optional.of(originalHref)));
            return translated.get();
        }
        wording.accept(new Wording(draft.title(), original, original, false,
                translated.map(t -> translationHref)));
        return version;
    }

    private static String withParameter(String link, String parameter) {
        int fragment = link.indexOf('#');
        String base = fragment < 0 ? link : link.substring(0, fragment);
        return base + (base.contains("?") ? "&" : "?") + parameter + (fragment < 0 ? "" : link.substring(fragment));
    }

    @GetMapping("/public/{slug}/drafts/{draftId}/v/{number}")
    ResponseEntity<byte[]> version(HttpServletRequest request, @PathVariable String slug, @PathVariable long draftId,
                                   @PathVariable int number) {
        PublicSite.Visit visit = site.visit(request, slug);
        Draft draft = visit.read(() -> drafts.draft(draftId)).orElseThrow(PublicNotFound::new);
        DraftVersion original = visit.read(() -> drafts.version(draftId, number)).filter(DraftVersion::published)
                .orElseThrow(PublicNotFound::new);
        Wording[] wording = new Wording[1];
        DraftVersion version = shownText(request, visit, draft, original, PublicPaths.version(slug, draftId, number),
                w -> wording[0] = w);
        Cycle cycle = visit.read(() -> cycles.cycle(draft.cycleId())).orElseThrow(PublicNotFound::new);
        boolean students = visit.read(settings::current).studentsCommentsPublic();
        Map<Long, Long> counts = visit.read(() -> comments.publicCountsBySection(version.id(), students));
        List<ShownSection> sections = version.sections().stream().map(s -> new ShownSection(s,
                SafeMarkdown.html(s.body(), 3), counts.getOrDefault(s.id(), 0L),
                visit.reader.link(PublicPaths.section(slug, s.id())),
                visit.reader.link(PublicPaths.clause(slug, draftId, s.key(), number)))).toList();
        List<Draft.VersionSummary> published = draft.published();
        boolean latest = published.getLast().number() == number;
        Optional<String> compare = number > 1
                ? Optional.of(visit.reader.link(PublicPaths.compare(slug, draftId, number - 1, number)))
                : Optional.empty();
        Words w = visit.words;
        Frame frame = visit.frame(PublicPaths.version(slug, draftId, number),
                w.t("public.draft.page-title", draft.title(), number, visit.district.name()),
                w.t("public.draft.description", draft.title(), number, cycle.titleFor(w.locale())), Frame.Nav.REVIEWS);
        // Input received outside the portal on the draft as a whole: the first page of it, after the sections.
        var wholeDraft = visit.read(() -> comments.wholeDraft(original.id(), students,
                PageRequest.of(0, 20)));
        return visit.page("site/version.jte", new VersionPage(frame, draft, cycle, version, sections, published,
                latest, students, compare, wording[0], wholeDraft));
    }

    /** A search of a version's comments, and the sections they are on. */
    public record SearchPage(Frame frame, Draft draft, DraftVersion version, String words,
                             Page<CommentService.Found> found, int page, Map<Long, Section> sections) {

        public String pageLink(int n) {
            return frame.to("/drafts/" + draft.id() + "/v/" + version.number() + "/search?q="
                    + URLEncoder.encode(words, StandardCharsets.UTF_8) + (n > 1 ? "&page=" + n : ""));
        }

        public String sectionLink(long sectionId) {
            return frame.to("/sections/" + sectionId);
        }
    }

    /** Searching a version's comments by words: the most relevant first, a page at a time, like the signed-in page. */
    @GetMapping("/public/{slug}/drafts/{draftId}/v/{number}/search")
    ResponseEntity<byte[]> search(HttpServletRequest request, @PathVariable String slug, @PathVariable long draftId,
                                  @PathVariable int number, @RequestParam(name = "q", defaultValue = "") String words,
                                  @RequestParam(name = "page", defaultValue = "1") int page) {
        PublicSite.Visit visit = site.visit(request, slug);
        if (page < 1) {
            throw new PublicBadRequest("public.error.page", page);
        }
        Draft draft = visit.read(() -> drafts.draft(draftId)).orElseThrow(PublicNotFound::new);
        DraftVersion version = visit.read(() -> drafts.version(draftId, number)).filter(DraftVersion::published)
                .orElseThrow(PublicNotFound::new);
        String asked = words.strip();
        boolean students = visit.read(settings::current).studentsCommentsPublic();
        // The service refuses an empty or too long search; here that is a bad request, said in the same words.
        Page<CommentService.Found> found = visit.read(() -> badRequestIfRefused(() -> comments.search(version.id(),
                asked, students, PageRequest.of(page - 1, PAGE_SIZE))));
        int pages = Math.max(1, found.getTotalPages());
        if (page > pages) {
            throw new PublicBadRequest("public.error.page-past-end", page, pages);
        }
        Map<Long, Section> sections = new HashMap<>();
        version.sections().forEach(sec -> sections.put(sec.id(), sec));
        Words w = visit.words;
        Frame frame = visit.frame(PublicPaths.version(slug, draftId, number) + "/search?q="
                        + URLEncoder.encode(asked, StandardCharsets.UTF_8) + (page > 1 ? "&page=" + page : ""),
                w.t("public.search.page-title", asked, draft.title(), number),
                w.t("public.search.page-title", asked, draft.title(), number), Frame.Nav.REVIEWS);
        return visit.page("site/search.jte", new SearchPage(frame, draft, version, asked, found, page, sections));
    }

    /**
     * @param language the language the redline is in: the reader's when both versions are translated into it, else
     *                 the originals'
     */
    public record ComparePage(Frame frame, Draft draft, Redline redline, List<Draft.VersionSummary> versions,
                              Locale language) {
    }

    /** The version pickers' form, without JavaScript: answered by a redirect to the comparison's own address. */
    @GetMapping("/public/{slug}/drafts/{draftId}/compare")
    ResponseEntity<byte[]> chooseComparison(HttpServletRequest request, @PathVariable String slug,
                                            @PathVariable long draftId, @RequestParam int from, @RequestParam int to) {
        PublicSite.Visit visit = site.visit(request, slug);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header("Location", visit.reader.link(PublicPaths.compare(slug, draftId, from, to))).build();
    }

    @GetMapping("/public/{slug}/drafts/{draftId}/compare/{from}/{to}")
    ResponseEntity<byte[]> compare(HttpServletRequest request, @PathVariable String slug, @PathVariable long draftId,
                                   @PathVariable int from, @PathVariable int to) {
        PublicSite.Visit visit = site.visit(request, slug);
        Draft draft = visit.read(() -> drafts.draft(draftId)).orElseThrow(PublicNotFound::new);
        if (from == to) {
            throw new PublicBadRequest("public.error.same-version", from);
        }
        Redline redline;
        try {
            redline = visit.read(() -> translations.redline(draftId, from, to, visit.reader.locale()));
        } catch (RuleViolation unknownVersion) {
            throw new PublicNotFound();
        }
        Words w = visit.words;
        Frame frame = visit.frame(PublicPaths.compare(slug, draftId, from, to),
                w.t("public.compare.page-title", draft.title(), from, to, visit.district.name()),
                w.t("public.compare.description", draft.title(), from, to), Frame.Nav.REVIEWS);
        Locale language = visit.read(() -> translations.redlineIn(draftId, from, to, visit.reader.locale()))
                ? visit.reader.locale() : visit.read(translations::originalLanguage);
        return visit.page("site/compare.jte", new ComparePage(frame, draft, redline, draft.published(), language));
    }

    /**
     * @param writtenIn the language the comments shown were written in, if the reader chose one
     * @param languages the district's languages, to choose from
     */
    public record SectionPage(Frame frame, Draft draft, SectionRef ref, Section section, String html,
                              CommentService.PublicComments comments, int page, int pages, boolean studentsShown,
                              boolean commentOpen, Wording wording, Optional<Locale> writtenIn,
                              List<Locale> languages, Page<CarriedComments.Carried> carried, int earlier,
                              CommentQuery query) {

        /** The address of this section's comments with the reader's order and filters, and these changes. */
        private String with(int n, Optional<Locale> language) {
            List<String> parts = new ArrayList<>();
            if (n > 1) {
                parts.add("page=" + n);
            }
            language.ifPresent(l -> parts.add("language=" + l.getLanguage()));
            if (query.order() != CommentQuery.Order.OLDEST) {
                parts.add("sort=" + query.order().code());
            }
            query.stance().ifPresent(s -> parts.add("stance=" + s.name().toLowerCase(Locale.ROOT)));
            query.group().ifPresent(g -> parts.add("group=" + g.code()));
            query.answered().ifPresent(a -> parts.add("answered=" + (a ? "yes" : "no")));
            query.channel().ifPresent(c -> parts.add("channel=" + c.name().toLowerCase(Locale.ROOT)));
            return frame.to("/sections/" + section.id() + (parts.isEmpty() ? "" : "?" + String.join("&", parts)));
        }

        /** The groups the reader may filter by: the shown ones (students only where the district shows them). */
        public List<VoterGroup> groups() {
            return Arrays.stream(VoterGroup.values()).filter(g -> studentsShown || g != VoterGroup.STUDENT).toList();
        }

        public List<Stance> stances() {
            return List.of(Stance.values());
        }

        public List<Channel> channels() {
            return List.of(Channel.values());
        }

        public List<CommentQuery.Order> orders() {
            return List.of(CommentQuery.Order.values());
        }

        /** The comments earlier versions carry into this section, page {@code n} of them. */
        public String earlierLink(int n) {
            return frame.to("/sections/" + section.id() + (n > 1 ? "?earlier=" + n : "")) + "#carried";
        }

        /** The redline from a carried comment's version to this one. */
        public String redline(CarriedComments.Carried comment) {
            return frame.to("/drafts/" + draft.id() + "/compare/" + comment.fromVersion() + "/" + ref.versionNumber());
        }

        public boolean changed(CarriedComments.Carried comment) {
            return comment.mark() == CarriedComments.Mark.CHANGED;
        }

        /** This section's comments page, {@code n}, with the language, order and filters chosen kept. */
        public String pageLink(int n) {
            return with(n, writtenIn);
        }

        /** This section's comments in one language, or in all (null), the order and filters kept. */
        public String languageLink(Locale language) {
            return with(1, Optional.ofNullable(language)) + "#comments";
        }
    }

    /**
     * A file attached to a comment the public may read: always a download, with the type its content showed, never
     * shown in the page; a file of a withdrawn, hidden or (where the district keeps them) student's comment is not
     * found.
     */
    @GetMapping("/public/{slug}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(HttpServletRequest request, @PathVariable String slug,
                                      @PathVariable long attachmentId) {
        PublicSite.Visit visit = site.visit(request, slug);
        boolean students = visit.read(settings::current).studentsCommentsPublic();
        Attachments.Download file = visit.read(() -> attachments.forPublic(attachmentId,
                students)).orElseThrow(PublicNotFound::new);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

    @GetMapping("/public/{slug}/sections/{sectionId}")
    ResponseEntity<byte[]> section(HttpServletRequest request, @PathVariable String slug, @PathVariable long sectionId,
                                   @RequestParam(name = "page", defaultValue = "1") int page,
                                   @RequestParam(name = "language", required = false) String language,
                                   @RequestParam(name = "earlier", defaultValue = "1") int earlier,
                                   @RequestParam(name = "sort", required = false) String sort,
                                   @RequestParam(name = "stance", required = false) String stance,
                                   @RequestParam(name = "group", required = false) String group,
                                   @RequestParam(name = "answered", required = false) String answered,
                                   @RequestParam(name = "channel", required = false) String channel) {
        PublicSite.Visit visit = site.visit(request, slug);
        if (page < 1) {
            throw new PublicBadRequest("public.error.page", page);
        }
        if (earlier < 1) {
            throw new PublicBadRequest("public.error.page", earlier);
        }
        SectionRef ref = visit.read(() -> drafts.section(sectionId)).orElseThrow(PublicNotFound::new);
        Draft draft = visit.read(() -> drafts.draft(ref.draftId())).orElseThrow(PublicNotFound::new);
        boolean students = visit.read(settings::current).studentsCommentsPublic();
        List<Locale> languages = visit.reader.offered();
        Optional<Locale> writtenIn = Optional.ofNullable(language).map(code -> languages.stream()
                .filter(l -> l.getLanguage().equals(code)).findFirst()
                .orElseThrow(() -> new PublicBadRequest("public.error.language", code)));
        CommentQuery query = query(sort, stance, group, answered, channel, writtenIn);
        if (!students && query.group().filter(g -> g == VoterGroup.STUDENT).isPresent()) {
            // Not offered where the district keeps students' comments for its members.
            throw new PublicBadRequest("comment.filter.error.small-group", VoterGroup.SMALLEST_SHOWN);
        }
        // The service refuses a group too small to be picked out; here that is a bad request.
        CommentService.PublicComments shown = visit.read(() -> badRequestIfRefused(() -> comments.forPublic(sectionId,
                students, query, PageRequest.of(page - 1, PAGE_SIZE))));
        int pages = Math.max(1, shown.threads().getTotalPages());
        if (page > pages) {
            throw new PublicBadRequest("public.error.page-past-end", page, pages);
        }
        boolean open = ref.latestPublished() && visit.read(() -> cycles.cycle(ref.cycleId()))
                .flatMap(c -> c.phase(PhaseKind.PUBLIC_COMMENT))
                .filter(p -> p.state() == PhaseState.OPEN).isPresent();
        Words w = visit.words;
        String path = PublicPaths.section(slug, sectionId) + (page > 1 ? "?page=" + page : "");
        DraftVersion original = visit.read(() -> drafts.version(ref.draftId(), ref.versionNumber()))
                .orElseThrow(PublicNotFound::new);
        Wording[] wording = new Wording[1];
        Section section = shownText(request, visit, draft, original, PublicPaths.section(slug, sectionId),
                chosen -> wording[0] = chosen).section(sectionId).orElse(ref.section());
        Frame frame = visit.frame(path,
                w.t("public.section.page-title", section.number(), section.heading(), draft.title(),
                        visit.district.name()),
                w.t("public.section.description", section.heading(), draft.title(), ref.versionNumber()),
                Frame.Nav.REVIEWS);
        // What earlier versions said on this clause, marked by whether its text changed since.
        Page<CarriedComments.Carried> fromEarlier = visit.read(() -> carried.into(original, ref.section().key(),
                students, PageRequest.of(earlier - 1, PAGE_SIZE)));
        if (earlier > Math.max(1, fromEarlier.getTotalPages())) {
            throw new PublicBadRequest("public.error.page-past-end", earlier, Math.max(1, fromEarlier.getTotalPages()));
        }
        return visit.page("site/section.jte", new SectionPage(frame, draft, ref, section,
                SafeMarkdown.html(section.body(), 3), shown, page, pages, students, open, wording[0], writtenIn,
                languages, fromEarlier, earlier, query));
    }

    /** What the service refuses because of what the address asked for is a bad request, in the service's words. */
    private static <T> T badRequestIfRefused(Supplier<T> read) {
        try {
            return read.get();
        } catch (RuleViolation refused) {
            throw new PublicBadRequest(refused.messageKey(), refused.arguments());
        }
    }

    /** A reader's order and filters from the address; a value the portal does not know is refused, naming it. */
    private static CommentQuery query(String sort, String stance, String group, String answered, String channel,
                                      Optional<Locale> writtenIn) {
        return new CommentQuery(
                parsed("sort", sort, CommentQuery.Order::ofCode).orElse(CommentQuery.Order.OLDEST),
                parsed("stance", stance, code -> Arrays.stream(Stance.values())
                        .filter(s -> s.name().equalsIgnoreCase(code)).findFirst()),
                parsed("group", group, VoterGroup::ofCode),
                parsed("answered", answered, code -> switch (code) {
                    case "yes" -> Optional.of(true);
                    case "no" -> Optional.of(false);
                    default -> Optional.empty();
                }),
                parsed("channel", channel, code -> Arrays.stream(Channel.values())
                        .filter(c -> c.name().equalsIgnoreCase(code.replace('-', '_'))).findFirst()),
                writtenIn);
    }

    private static <T> Optional<T> parsed(String name, String value, Function<String, Optional<T>> parse) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parse.apply(value).orElseThrow(() -> new PublicBadRequest("public.error.filter", value,
                name)));
    }
}
