package org.policycommons.board;

import static org.policycommons.support.Timings.median;
import static org.policycommons.support.Timings.time;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftVersion;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;
import org.policycommons.vote.BallotService;
import org.policycommons.vote.PriorityService;
import org.policycommons.vote.VoterGroup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Seeds one cycle with 100,000 comments (95,000 on 12 sections and 5,000 replies), 250,000 ballots, 2,000
 * responses, co-signatures and removals into the embedded MariaDB, then times what the board asks for: the
 * consolidated view, the comments CSV (and how much live heap it holds while it streams), and the board packet, beside
 * the raw SQL aggregates alone. A benchmark, not a test: it reports and never fails on a slow machine. Run with
 * {@code ./portal benchmark -Dtest=BoardBenchmark}; figures go to target/benchmarks/board.txt.
 */
@Tag("benchmark")
class BoardBenchmark extends PortalIntegrationTest {

    static final int PEOPLE = 260_000;
    static final int BALLOTS = 250_000;
    static final int TOP_LEVEL = 95_000;
    static final int REPLIES = 5_000;
    static final int RESPONSES = 2_000;
    private static final int SECTIONS = 12;
    private static final int RUNS = 5;

    @Autowired
    ConsolidatedInputService board;
    @Autowired
    CsvExports exports;
    @Autowired
    BoardPacket packet;
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
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void theBoardsFiguresOver100000CommentsAnd250000Ballots() throws IOException {
        District district = districts.bySlug("springfield").orElseThrow();
        LocalDate start = LocalDate.of(2032, 9, 5);
        clock.standAt(start.minusDays(1).atTime(LocalTime.NOON).atZone(district.timeZone()).toInstant());
        SignedIn.as(district, "bench-admin", "Benchmark", PortalRole.DISTRICT_ADMIN);
        long cycleId = cycles.createCycle(CyclePlans.sample(start));
        DraftVersion v1 = org.policycommons.support.Benchmarks.publishedDraft(drafts, cycleId, "Benchmark policy", SECTIONS);
        long draftId = v1.draftId();

        long seedStart = System.nanoTime();
        seed(district.id(), cycleId, v1);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        // Version 2 rewrites half the sections, so the view also works out what changed and the responses behind it.
        clock.standAt(start.plusDays(40).atTime(LocalTime.NOON).atZone(district.timeZone()).toInstant());
        SignedIn.as(district, "bench-admin", "Benchmark", PortalRole.DISTRICT_ADMIN);
        drafts.startNextVersion(draftId, drafts.draft(draftId).orElseThrow().version());
        drafts.saveWorkingText(draftId, drafts.draft(draftId).orElseThrow().version(),
                v1.source().replaceAll("part ([1-6])\\.", "part $1, as revised."));
        drafts.publish(draftId, drafts.draft(draftId).orElseThrow().version());
        long comments = count("select count(*) from comment where cycle_id = ?", cycleId);
        long ballotCount = count("select count(*) from ballot where cycle_id = ?", cycleId);
        long points = count("select count(*) from ballot_points where cycle_id = ?", cycleId);
        jdbc.execute("analyze table comment, ballot, ballot_points, district_response, response_comment, comment_cosign");

        SignedIn.as(district, "bench-board", "Board", PortalRole.BOARD);
        List<Double> view = time(RUNS, () -> board.consolidated(cycleId, Optional.empty(), Optional.empty()));
        List<Double> filtered = time(RUNS, () -> board.consolidated(cycleId, Optional.of(1), Optional.of(VoterGroup.FAMILY)));
        List<Double> raw = time(RUNS, () -> rawAggregates(district.id(), cycleId));
        List<Double> votesOnly = time(RUNS, () -> ballots.results(cycleId));

        Counting csvOut = new Counting();
        List<Double> csv = time(RUNS, () -> {
            csvOut.reset();
            try (Writer out = new BufferedWriter(new OutputStreamWriter(csvOut, StandardCharsets.UTF_8))) {
                exports.comments(cycleId, out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return csvOut.bytes;
        });
        long csvRows = csvOut.lines - 1;
        double csvMegabytes = csvOut.bytes / 1e6;
        HeapProbe mariadbHeap = heapWhileWriting(exports, cycleId);

        String mysqlLine;
        try {
            CsvExports overMysql = new CsvExports(new JdbcTemplate(mysqlConnectorJ()), cycles, priorities, board, packet);
            HeapProbe mysqlHeap = heapWhileWriting(overMysql, cycleId);
            mysqlLine = String.format(Locale.ROOT, "%.1f MB live heap growth at most (%,d rows, %.1f s)",
                    mysqlHeap.growthMegabytes(), mysqlHeap.rows, mysqlHeap.seconds);
        } catch (RuntimeException e) {
            mysqlLine = "not measured: " + e.getMessage();
        }

        Counting pdfOut = new Counting();
        List<Double> pdf = time(RUNS, () -> {
            pdfOut.reset();
            packet.write(cycleId, Locale.ENGLISH, pdfOut);
            return pdfOut.bytes;
        });
        // The model alone (read model, representative comments, responses, tables): the rest of the packet's time is
        // the tagged layout (XHTML, charts, openhtmltopdf).
        List<Double> model = time(RUNS, () -> packet.tables(cycleId, Locale.ENGLISH).tables().size());
        PacketHeap packetHeap = packetHeap(cycleId);
        java.io.ByteArrayOutputStream benchmarkPacket = new java.io.ByteArrayOutputStream();
        packet.write(cycleId, Locale.ENGLISH, benchmarkPacket);
        org.policycommons.support.PdfUa.assertConforms(benchmarkPacket.toByteArray(), "the benchmark's packet");

        String report = String.format(Locale.ROOT, """
                Board benchmark (%s)
                comments: %,d (%,d top-level, %,d replies); ballots: %,d (%,d ballot_points rows); responses: %,d
                seeding: %.1f s
                each figure: median of %d runs after one warm-up (min / max)
                consolidated view (ConsolidatedInputService.consolidated), no filter: %.0f ms (%.0f / %.0f)
                consolidated view filtered to version 1 and families:                %.0f ms (%.0f / %.0f)
                  of which the vote results (BallotService.results):                  %.0f ms (%.0f / %.0f)
                raw SQL aggregates alone (people by group, comments by group, ballots by group,
                  comments by section x group x stance, dispositions, unanswered, vote tally): %.0f ms (%.0f / %.0f)
                comments CSV, %,d rows, %.1f MB: %.0f ms (%.0f / %.0f)
                  live heap growth while streaming (GC at each quarter, MariaDB Connector/J): %.1f MB at most
                  the same over MySQL Connector/J (no useCursorFetch in the URL): %s
                board packet PDF, English, %,d bytes, tagged PDF/UA-1 (veraPDF: conforms): %.0f ms (%.0f / %.0f)
                  of which the board model alone (BoardPacket.tables): %.0f ms (%.0f / %.0f)
                  heap: %.1f MB allocated by one packet; live heap growth at its peak %.1f MB (sampled every 2 ms, garbage included)
                """, LocalDate.now(), comments, TOP_LEVEL, REPLIES, ballotCount, points, RESPONSES, seedSeconds, RUNS,
                median(view), view.getFirst(), view.getLast(),
                median(filtered), filtered.getFirst(), filtered.getLast(),
                median(votesOnly), votesOnly.getFirst(), votesOnly.getLast(),
                median(raw), raw.getFirst(), raw.getLast(),
                csvRows, csvMegabytes, median(csv), csv.getFirst(), csv.getLast(), mariadbHeap.growthMegabytes(),
                mysqlLine, pdfOut.bytes, median(pdf), pdf.getFirst(), pdf.getLast(),
                median(model), model.getFirst(), model.getLast(), packetHeap.allocatedMegabytes(), packetHeap.peakMegabytes());
        StringBuilder breakdown = new StringBuilder("raw SQL aggregates one by one, median (min / max):\n");
        RAW.forEach((name, sql) -> {
            List<Double> one = time(RUNS, () -> raw(sql, district.id(), cycleId));
            breakdown.append(String.format(Locale.ROOT, "  %-50s %5.0f ms (%.0f / %.0f)%n", name, median(one),
                    one.getFirst(), one.getLast()));
        });
        report = report + breakdown;
        org.policycommons.support.Benchmarks.report("board.txt", report);
    }

    /** What one packet costs in heap: bytes allocated by the thread that writes it, and the heap in use at its peak. */
    private record PacketHeap(double allocatedMegabytes, double peakMegabytes) {
    }

    private PacketHeap packetHeap(long cycleId) {
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong(baseline);
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (writing.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        packet.write(cycleId, Locale.ENGLISH, new Counting());
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        writing.set(false);
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new PacketHeap(allocated / 1e6, (peak.get() - baseline) / 1e6);
    }

    /**
     * Participants, ballots, comments, replies, co-signatures, responses and removals, written by the database. The
     * first 10,000 commenters have no ballot, so people are counted from both sides.
     */
    private void seed(long districtId, long cycleId, DraftVersion v1) {
        org.policycommons.support.Benchmarks.people(jdbc, districtId, "board-bench-", PEOPLE);
        jdbc.update("""
                insert into ballot (district_id, cycle_id, voter_id, voter_group, saved_at, version)
                select p.district_id, ?, p.id, upper(p.roles), now(6), 0
                from participant p where p.district_id = ? and p.subject like 'board-bench-%%'
                order by p.id limit %d offset %d""".formatted(BALLOTS, PEOPLE - BALLOTS), cycleId, districtId);
        List<Long> ids = priorities.priorities(cycleId).stream().map(p -> p.id()).toList();
        jdbc.update("""
                insert into ballot_points (district_id, ballot_id, cycle_id, voter_group, priority_id, points)
                select b.district_id, b.id, b.cycle_id, b.voter_group,
                       elt(1 + (b.id * 7 + s.seq * (1 + b.id % 3)) % 5, ?, ?, ?, ?, ?), if(s.seq = 1, 4, 3)
                from ballot b join seq_1_to_3 s where b.cycle_id = ?
                on duplicate key update points = ballot_points.points""",
                ids.get(0), ids.get(1), ids.get(2), ids.get(3), ids.get(4), cycleId);
        jdbc.update("""
                insert into comment (district_id, cycle_id, draft_id, version_id, section_id, section_key, depth,
                    author_id, author_role, author_name, author_organisation, stance, body, language, created_at, version)
                select p.district_id, ?, ?, s.version_id, s.id, s.section_key, 0, p.id, p.roles,
                       if(p.roles = 'student', null, p.pseudonym),
                       if(p.roles in ('civil_rights', 'partner'), concat('Organización ', p.id %% 40), null),
                       elt(1 + p.id %% 4, 'SUPPORT', 'CONCERN', 'QUESTION', 'SUGGESTION'),
                       concat('Comentario ', p.id, ': la señalización y los datos deben publicarse cada semestre, ',
                              'por escuela y por grupo. ', repeat('Texto de ejemplo, "con comillas", y más. ', 1 + p.id %% 8)),
                       'es', timestamp '2032-09-16 12:00:00' + interval (p.id %% 1700000) second, 0
                from participant p join draft_section s on s.version_id = ? and s.position = 1 + p.id %% %d
                where p.district_id = ? and p.subject like 'board-bench-%%'
                order by p.id limit %d""".formatted(SECTIONS, TOP_LEVEL),
                cycleId, v1.draftId(), v1.id(), districtId);
        // Replies by the next people, each to one of the first comments.
        jdbc.update("""
                insert into comment (district_id, cycle_id, draft_id, version_id, section_id, section_key, parent_id,
                    root_id, depth, author_id, author_role, author_name, stance, body, language, created_at, version)
                select c.district_id, c.cycle_id, c.draft_id, c.version_id, c.section_id, c.section_key, c.id, c.id, 1,
                       c.author_id, c.author_role, c.author_name, null, concat('Respuesta a ', c.id, '.'), 'es',
                       c.created_at + interval 1 hour, 0
                from comment c where c.cycle_id = ? and c.depth = 0 order by c.id limit %d""".formatted(REPLIES), cycleId);
        jdbc.update("""
                insert into comment_cosign (district_id, comment_id, participant_id, organisation, created_at)
                select c.district_id, c.id, p.id, concat('Coalición ', p.id % 40), c.created_at + interval 1 day
                from comment c join participant p on p.district_id = c.district_id
                    and p.subject = concat('board-bench-', 18 + 20 * (c.id % 1000))
                where c.cycle_id = ? and c.depth = 0 and c.id % 19 = 0""", cycleId);
        jdbc.update("""
                update comment set hidden_at = created_at + interval 2 day, hidden_reason = 'Personal attack'
                where cycle_id = ? and depth = 0 and id % 197 = 0""", cycleId);
        jdbc.update("""
                insert into moderation_act (district_id, cycle_id, comment_id, act, public_reason, actor_subject, created_at)
                select district_id, cycle_id, id, 'HIDE', hidden_reason, 'bench', hidden_at
                from comment where cycle_id = ? and hidden_at is not null""", cycleId);
        jdbc.update("""
                insert into district_response (district_id, cycle_id, draft_id, version_id, body, disposition,
                    created_at, created_by, created_by_name)
                select ?, ?, ?, ?, concat('La respuesta número ', seq, ' del distrito.'),
                       elt(1 + seq %% 4, 'ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED', 'OUT_OF_SCOPE'),
                       timestamp '2032-10-20 12:00:00' + interval seq minute, 'bench', 'District staff'
                from seq_1_to_%d""".formatted(RESPONSES), districtId, cycleId, v1.draftId(), v1.id());
        // Each response answers ten comments, the first 20,000 in order.
        long firstComment = count("select min(id) from comment where cycle_id = ? and depth = 0", cycleId);
        long firstResponse = count("select min(id) from district_response where cycle_id = ?", cycleId);
        jdbc.update("""
                insert into response_comment (district_id, response_id, comment_id)
                select c.district_id, ? + (c.id - ?) div 10, c.id from comment c
                where c.cycle_id = ? and c.depth = 0 and c.id < ? + ?""",
                firstResponse, firstComment, cycleId, firstComment, RESPONSES * 10L);
    }

    /** The aggregates behind the view, issued directly, without the service's assembling: name → SQL. */
    private static final java.util.Map<String, String> RAW = new java.util.LinkedHashMap<>();

    static {
        RAW.put("people by group (voters, then commenters who did not vote)", """
                select lower(voter_group), count(*) from ballot where district_id = ? and cycle_id = ? group by voter_group
                union all
                select c.author_role, count(distinct c.author_id) from comment c
                left join ballot b on b.district_id = c.district_id and b.cycle_id = c.cycle_id and b.voter_id = c.author_id
                where c.district_id = ? and c.cycle_id = ? and (b.id is null or b.voter_group <> upper(c.author_role))
                group by c.author_role""");
        RAW.put("comments by group", """
                select author_role, count(*) from comment where district_id = ? and cycle_id = ? and depth = 0
                and withdrawn_at is null and hidden_at is null group by author_role""");
        RAW.put("ballots by group", """
                select voter_group, count(*) from ballot where district_id = ? and cycle_id = ? group by voter_group""");
        RAW.put("comments by section x group x stance", """
                select c.section_id, c.author_role, c.stance, count(*) from comment c
                where c.district_id = ? and c.cycle_id = ? and c.depth = 0 and c.withdrawn_at is null
                and c.hidden_at is null group by c.section_id, c.author_role, c.stance""");
        RAW.put("responses by disposition", """
                select disposition, count(*) from district_response where district_id = ? and cycle_id = ?
                group by disposition""");
        RAW.put("unanswered by section", """
                select c.section_id, count(*) from comment c where c.district_id = ? and c.cycle_id = ? and c.depth = 0
                and c.withdrawn_at is null and c.hidden_at is null
                and not exists (select 1 from response_comment l where l.district_id = c.district_id
                                and l.comment_id = c.id) group by c.section_id""");
        RAW.put("vote tally", """
                select priority_id, voter_group, sum(points), count(*) from ballot_points
                where district_id = ? and cycle_id = ? group by priority_id, voter_group""");
    }

    private Object rawAggregates(long district, long cycleId) {
        int rows = 0;
        for (String sql : RAW.values()) {
            rows += raw(sql, district, cycleId);
        }
        return rows;
    }

    private int raw(String sql, long district, long cycleId) {
        Object[] args = sql.contains("union all") ? new Object[] {district, cycleId, district, cycleId}
                : new Object[] {district, cycleId};
        return jdbc.queryForList(sql, args).size();
    }

    /**
     * Writes the comments CSV once more, forcing a collection at each quarter of the rows and reading the heap then:
     * what the export keeps alive, not the garbage it leaves for the collector.
     */
    private static HeapProbe heapWhileWriting(CsvExports through, long cycleId) {
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        long[] highest = {baseline};
        Counting sink = new Counting();
        long start = System.nanoTime();
        try (Writer out = new Writer() {
            private final Writer inner = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8));
            private long lines;

            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                inner.write(buffer, offset, length);
            }

            @Override
            public void write(String text) throws IOException {
                inner.write(text);
                if (text.equals("\r\n") && ++lines % 25_000 == 0) {
                    System.gc();
                    highest[0] = Math.max(highest[0], memory.getHeapMemoryUsage().getUsed());
                }
            }

            @Override
            public void flush() throws IOException {
                inner.flush();
            }

            @Override
            public void close() throws IOException {
                inner.close();
            }
        }) {
            through.comments(cycleId, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new HeapProbe(highest[0] - baseline, sink.lines - 1, (System.nanoTime() - start) / 1e9);
    }

    private record HeapProbe(long growthBytes, long rows, double seconds) {
        double growthMegabytes() {
            return Math.max(0, growthBytes) / 1e6;
        }
    }

    /** The embedded MariaDB, reached through MySQL Connector/J as a production MySQL would be. */
    private DataSource mysqlConnectorJ() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        DriverManagerDataSource mysql = new DriverManagerDataSource(
                pool.getJdbcUrl().replace("jdbc:mariadb:", "jdbc:mysql:"), pool.getUsername(), pool.getPassword());
        mysql.setDriverClassName("com.mysql.cj.jdbc.Driver");
        return mysql;
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    /** Discards what is written, counting bytes and CRLF line ends. */
    private static final class Counting extends OutputStream {
        long bytes;
        long lines;
        private int previous;

        void reset() {
            bytes = 0;
            lines = 0;
        }

        @Override
        public void write(int b) {
            bytes++;
            if (previous == '\r' && b == '\n') {
                lines++;
            }
            previous = b;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                write(buffer[i]);
            }
        }
    }
}
