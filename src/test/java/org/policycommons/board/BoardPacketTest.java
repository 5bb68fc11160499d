package org.policycommons.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policycommons.comment.CommentService;
import org.policycommons.comment.Disposition;
import org.policycommons.comment.ModerationService;
import org.policycommons.comment.ResponseService;
import org.policycommons.comment.Stance;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftVersion;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.PdfUa;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;
import org.policycommons.vote.BallotService;
import org.policycommons.vote.PriorityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The board packet, read back with PDFBox's text extraction: it holds the figures of what the test put in, picks
 * representative comments by its stated rule, never prints a suppressed group's figures or words, and is refused to
 * families and students.
 */
class BoardPacketTest extends PortalIntegrationTest {

    private static final LocalDate START = LocalDate.of(2037, 9, 6);
    private static final String ACCENTED = "La señalización en la cafetería no está clara, ¿por qué?";

    @Autowired
    BoardPacket packet;
    @Autowired
    CsvExports exports;
    @Autowired
    CommentService comments;
    @Autowired
    ResponseService responses;
    @Autowired
    ModerationService moderation;
    @Autowired
    BallotService ballots;
    @Autowired
    PriorityService priorities;
    @Autowired
    CycleService cycles;
    @Autowired
    DraftService drafts;
    @Autowired
    DistrictDirectory districts;

    private District springfield;
    private String run;
    private long cycleId;

    @BeforeEach
    void seed() {
        springfield = districts.bySlug("springfield").orElseThrow();
        run = UUID.randomUUID().toString().substring(0, 8);
        stand(START.minusDays(1));
        admin();
        cycleId = cycles.createCycle(CyclePlans.sample(START));
        long draftId = drafts.createDraft(cycleId, "Packet policy", "# Scope\nAll schools.\n\n# Data\nPublished.\n");
        drafts.publish(draftId, drafts.draft(draftId).orElseThrow().version());
        DraftVersion v1 = drafts.version(draftId, 1).orElseThrow();
        long scope = v1.sections().get(0).id();
        long data = v1.sections().get(1).id();
        List<Long> priorityIds = priorities.priorities(cycleId).stream().map(p -> p.id()).toList();

        stand(START.plusDays(21)); // comment and vote both open
        List<Long> family = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            SignedIn.as(springfield, "pfam" + i + run, "Family Person " + i, PortalRole.FAMILY);
            family.add(comments.post(i < 5 ? scope : data, i % 2 == 0 ? Stance.CONCERN : Stance.SUPPORT,
                    i == 6 ? ACCENTED : i == 5 ? "Family comment 5 请公布数据"
                            // A control character XML cannot hold must not stop the packet.
                            : i == 3 ? "Family comment 3\u000Bon two lines" : "Family comment " + i, null,
                    Locale.ENGLISH));
            if (i < 6) {
                ballots.cast(cycleId, i < 3 ? Map.of(priorityIds.get(0), 5, priorityIds.get(1), 3)
                        : Map.of(priorityIds.get(0), 5));
            }
        }
        SignedIn.as(springfield, "pfam4" + run, "Family Person 4", PortalRole.FAMILY);
        comments.reply(family.get(3), "A reply that makes family comment 3 the most discussed support.", Locale.ENGLISH);

        long coalition = 0;
        for (int i = 0; i < 6; i++) {
            SignedIn.forOrganisation(springfield, "pcr" + i + run, "Advocate " + i, "Coalición Número " + i,
                    PortalRole.CIVIL_RIGHTS);
            if (i == 0) {
                coalition = comments.post(scope, Stance.CONCERN, "Publish every stop by race and disability.", null,
                        Locale.ENGLISH);
            } else if (i < 3) {
                comments.cosign(coalition);
            }
            ballots.cast(cycleId, Map.of(priorityIds.get(2), 4));
        }
        for (int i = 0; i < 5; i++) {
            SignedIn.forOrganisation(springfield, "ppd" + i + run, "Officer " + i, "Springfield PD", PortalRole.PARTNER);
            comments.post(data, Stance.SUGGESTION, "Partner words " + i, null, Locale.ENGLISH);
        }
        SignedIn.as(springfield, "pstu" + run, "Student", PortalRole.STUDENT);
        comments.post(data, Stance.SUGGESTION, "Words of the lone student", null, Locale.ENGLISH);
        ballots.cast(cycleId, Map.of(priorityIds.get(3), 5));

        admin();
        responses.respond(List.of(family.get(0)), "We will post the signage in both languages.", Disposition.ADOPTED);
        moderation.hide(family.get(7), "Personal attack");

        stand(START.plusDays(40)); // comment and vote closed: the next version
        long version = drafts.draft(draftId).orElseThrow().version();
        drafts.startNextVersion(draftId, version);
        version = drafts.draft(draftId).orElseThrow().version();
        drafts.saveWorkingText(draftId, version,
                "# Scope\nAll schools, with signs in English and Spanish.\n\n# Data\nPublished.\n");
        drafts.publish(draftId, drafts.draft(draftId).orElseThrow().version());
        SignedIn.as(springfield, "pboard" + run, "Linda Park", PortalRole.BOARD);
    }

    @Test
    void theEnglishPacketHoldsTheFiguresOfWhatWasPutIn() throws IOException {
        byte[] pdf = write(Locale.ENGLISH);
        // Kept for a person to look at.
        java.nio.file.Path copy = java.nio.file.Path.of("target", "packets", "board-packet-test-en.pdf");
        java.nio.file.Files.createDirectories(copy.getParent());
        java.nio.file.Files.write(copy, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentInformation().getTitle()).contains("board packet");
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).contains("Board packet", "Participation by group", "Priority vote results",
                    "Moderation summary");
            // Tagged: headings in order, tables whose header cells say their scope, lists, and each chart a figure
            // whose alternative text states its figures.
            List<String> structure = structure(document);
            assertThat(structure).contains("H1", "H2", "Table", "TR", "TH scope=Column", "TH scope=Row", "TD", "L", "LI")
                    .anySatisfy(line -> assertThat(line).startsWith("Figure alt=Bar chart: People who took part, by group")
                            .contains("Family: 8"))
                    .noneSatisfy(line -> assertThat(line).startsWith("H3"));
            assertThat(structure.indexOf("H1")).as("the cover's heading comes first").isLessThan(structure.indexOf("H2"));
            // The footer, with the page number, is marked as an artifact: a screen reader does not read it as content.
            String page = new String(document.getPage(0).getContents().readAllBytes(),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(page).contains("/Artifact");
            String text = text(document);

            // Summary: 8 families and 6 civil-rights members shown; students and partners hidden together.
            // Students (1) and partners (5) are hidden on the page; the vote also hides one group of 6 voters to
            // protect the lone student voter, so that group's participation row is hidden too.
            assertThat(text).contains("People who took part (commented or voted) 8 in the groups shown (3 groups not shown)")
                    // Comment figures count the groups whose comments are shown (docs/decisions/034): 7 families'
                    // and 1 coalition's; the hidden students' and partners' are in no total.
                    .contains("Comments (replies, withdrawn and removed comments not counted) 8 in the groups shown"
                            + " (2 groups not shown)")
                    .as("no column for a group without voters").doesNotContain("#1 (0 points)")
                    .contains("People who voted on the priorities 13")
                    .contains("District responses 1")
                    .contains("Comments still without a response 7 in the groups shown (2 groups not shown)")
                    .contains("Comments removed by moderators 1");
            // Participation: people, comments (one hidden), ballots.
            assertThat(text).contains("Family 8 7 6 ")
                    // A long group name wraps in its cell; the figures follow its first line.
                    .containsPattern("Civil-rights or community [a-z ]{0,14}Not shown Not shown Not shown Not shown")
                    .contains("Student Not shown Not shown Not shown Not shown")
                    .containsPattern("Law-enforcement or juvenile-[a-z ]{0,20}Not shown Not shown Not shown Not shown");
            // Votes: 6 families × 5 points; 6 coalitions × 4; 3 families × 3; the student's 5, counted in the total only.
            List<String> titles = priorities.priorities(cycleId).stream().map(p -> p.title().in(Locale.ENGLISH).orElseThrow()).toList();
            assertThat(text).contains("Priority Rank Points Share of points Voters " + titles.get(0) + " 1 30 44.1 % 6 "
                    + titles.get(2) + " 2 24 35.3 % 6 " + titles.get(1) + " 3 9 13.2 % 3 ")
                    .containsPattern("[^0-9]+ 4 5 7\\.4 % 1 ");
            // Comments by section, per group and view.
            assertThat(text).contains("Section 1. Scope: 6 comments").contains("Section 2. Data: 2 comments")
                    .contains("The comments of 2 groups not shown (fewer than 5 people")
                    .containsPattern("Section 1\\. Scope: 6 comments Group Support Concern Question Suggestion .{0,300}?"
                            + "Family 2 3 0 0 ");
            // The representative rule: the co-signed concern beats the earlier one; the replied-to support wins.
            assertThat(text).contains("Concern: Coalición Número 0 (Civil-rights or community organisation)")
                    .contains("Publish every stop by race and disability.")
                    .contains("Family comment 3 on two lines").doesNotContain("Family comment 1 ");
            // Characters the embedded font lacks are marked, never silently dropped.
            assertThat(text).contains("Family comment 5 ????? (Some characters cannot be printed in this packet");
            // Responses, what changed, and moderation.
            assertThat(text).contains("Adopted 1").contains("We will post the signage in both languages.")
                    .contains("Packet policy, version 1 to 2: 1 changed, 0 added, 0 removed")
                    .contains("1. Scope Changed Adopted: 1")
                    .contains("Removed Personal attack 1");
            // Never a suppressed group's words, and never a name.
            assertThat(text).doesNotContain("Words of the lone student", "Partner words", "Family Person", "Advocate 0",
                    "Springfield PD");
        }
    }

    @Test
    void thePacketAndTheVoteCsvDrawTheBoardModelCellByCell() throws IOException {
        BoardTables model = packet.tables(cycleId, Locale.ENGLISH);
        String text;
        try (PDDocument document = Loader.loadPDF(write(Locale.ENGLISH))) {
            text = text(document);
        }
        // Every row of every table of the model is in the packet. Figures and "Not shown" never wrap, so a row's run
        // of them is compared as one; a cell of words may wrap, so each of its words is looked for.
        int rows = 0;
        for (BoardTables.Table table : model.tables()) {
            if (table.rows().isEmpty() && table.empty() != null) {
                assertThat(text).as("table %s", table.key()).contains(table.caption() + ": " + table.empty() + ".");
            }
            for (BoardTables.Row row : table.rows()) {
                List<String> figures = row.cells().stream().filter(c -> c.figure() || c.hidden())
                        .map(BoardTables.Cell::text).toList();
                assertThat(text).as("row %s of %s", row.header(), table.key()).contains(String.join(" ", figures));
                row.cells().stream().filter(c -> !c.figure() && !c.hidden())
                        .flatMap(c -> java.util.Arrays.stream(c.text().split("\\s+")))
                        .forEach(word -> assertThat(text).as("row %s of %s", row.header(), table.key()).contains(word));
                rows++;
            }
        }
        assertThat(rows).isGreaterThan(40);

        // The vote CSV: the same figures, the same groups hidden, in the same words.
        java.io.StringWriter csv = new java.io.StringWriter();
        exports.votes(cycleId, csv);
        List<String> lines = List.of(csv.toString().replace("\uFEFF", "").split("\r\n"));
        Map<Long, Integer> positions = new java.util.HashMap<>();
        priorities.priorities(cycleId).forEach(p -> positions.put(p.id(), p.position()));
        int expected = 0;
        for (String key : List.of("votes-overall", "votes-group-student", "votes-group-civil_rights",
                "votes-group-partner", "votes-group-educator", "votes-group-family")) {
            BoardTables.Table table = model.table(key).orElseThrow();
            String group = key.equals("votes-overall") ? "all" : key.substring("votes-group-".length());
            if (table.rows().isEmpty()) {
                String words = table.empty().contains(",") ? "\"" + table.empty() + "\"" : table.empty();
                assertThat(lines).contains(group + ",,,," + words + ",,,");
                expected++;
                continue;
            }
            for (BoardTables.Row row : table.rows()) {
                long id = Long.parseLong(row.key().substring("priority-".length()));
                expected++;
                assertThat(lines).as("%s, priority %s", group, id).anySatisfy(line -> assertThat(line)
                        .startsWith(group + "," + positions.get(id) + ",")
                        .endsWith("," + row.cells().get(1).value() + ","
                                + String.format(Locale.ROOT, "%.4f", row.cells().get(2).value().doubleValue()) + ","
                                + row.cells().get(0).value() + "," + row.cells().get(3).value()));
            }
        }
        assertThat(lines).hasSize(1 + expected);
        // Hidden alike: the lone student's group and the group hidden with it are hidden in the model, the CSV and the
        // packet.
        List<String> hiddenInModel = model.tables().stream().filter(t -> t.key().startsWith("votes-group-"))
                .filter(t -> t.rows().isEmpty() && t.empty().contains("not shown")).map(BoardTables.Table::key).toList();
        assertThat(hiddenInModel).hasSize(2).contains("votes-group-student");
        for (String key : hiddenInModel) {
            String group = key.substring("votes-group-".length());
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(group + ",,").contains("not shown"));
            assertThat(model.table("participation").orElseThrow().rows()).anySatisfy(row -> assertThat(row.header())
                    .isEqualTo(model.table(key).orElseThrow().caption()));
        }
        assertThat(model.table("participation").orElseThrow().rows()).filteredOn(r -> r.cells().getFirst().hidden())
                .extracting(BoardTables.Row::header)
                .contains("Student", model.table(hiddenInModel.get(1)).orElseThrow().caption());
    }

    @Test
    void theVoteResultsCsvSuppressesTheLoneStudentLikeThePacket() {
        java.io.StringWriter csv = new java.io.StringWriter();
        exports.votes(cycleId, csv);
        assertThat(csv.toString()).contains("student,,,,\"fewer than 5 voters, not shown\",,,\r\n")
                .as("and a second group with it, so the student cannot be worked out from the total")
                .containsPattern("(civil_rights|family),,,,\"not shown, to protect a smaller group\",,,\r\n")
                .contains("all,1,").contains("partner,,,,no voters,,,\r\n");
    }

    @Test
    void theSpanishPacketKeepsTheAccentsOfTheComments() throws IOException {
        byte[] pdf = write(Locale.forLanguageTag("es"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es");
            String text = text(document);
            assertThat(text).contains("Paquete para la junta").contains(ACCENTED)
                    .contains("Familia 8 7 6 ")
                    .contains("Personas que votaron las prioridades 13");
        }
    }

    @Test
    void familiesAndStudentsAreRefused() {
        SignedIn.as(springfield, "pfam0" + run, "Family Person 0", PortalRole.FAMILY);
        assertThatThrownBy(() -> write(Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(springfield, "pstu" + run, "Student", PortalRole.STUDENT);
        assertThatThrownBy(() -> write(Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
    }

    /** The packet, which must conform to PDF/UA-1 (veraPDF) before anything else is read from it. */
    private byte[] write(Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        packet.write(cycleId, locale, out);
        PdfUa.assertConforms(out.toByteArray(), "the " + locale.getDisplayLanguage(Locale.ENGLISH) + " packet");
        return out.toByteArray();
    }

    /** The structure tree as "Type" lines, with a figure's alternative text, a header cell's scope and a lang. */
    private static List<String> structure(PDDocument document) {
        List<String> lines = new ArrayList<>();
        walk(document.getDocumentCatalog().getStructureTreeRoot().getKids(), lines);
        return lines;
    }

    private static void walk(List<Object> kids, List<String> lines) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                StringBuilder line = new StringBuilder(element.getStructureType());
                if (element.getAlternateDescription() != null) {
                    line.append(" alt=").append(element.getAlternateDescription());
                }
                if (element.getLanguage() != null) {
                    line.append(" lang=").append(element.getLanguage());
                }
                if (element.getCOSObject().getDictionaryObject(COSName.A) instanceof COSDictionary attributes
                        && attributes.getNameAsString(COSName.getPDFName("Scope")) != null) {
                    line.append(" scope=").append(attributes.getNameAsString(COSName.getPDFName("Scope")));
                }
                lines.add(line.toString());
                walk(element.getKids(), lines);
            }
        }
    }

    private static String text(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    private void admin() {
        SignedIn.as(springfield, "admin-subject", "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
    }

    private void stand(LocalDate day) {
        clock.standAt(day.atTime(LocalTime.NOON).atZone(springfield.timeZone()).toInstant());
    }
}
