package org.policycommons.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * What changed between two versions of a draft, section by section: sections added, removed and changed, each
 * changed heading and text as runs of kept, removed and added words. Sections are matched by their key.
 */
public record Redline(int fromVersion, int toVersion, List<SectionChange> sections) {

    public enum Change { ADDED, REMOVED, CHANGED, UNCHANGED }

    public enum Kind { SAME, REMOVED, ADDED }

    public record Segment(Kind kind, String text) {
    }

    /**
     * @param fromNumber the section's number in the older version, or null if it was added
     * @param toNumber   its number in the newer version, or null if it was removed
     */
    public record SectionChange(String key, Change change, Integer fromNumber, Integer toNumber,
                                List<Segment> heading, List<Segment> text) {
    }

    private static final Pattern TOKENS = Pattern.compile("\\s+|[^\\s]+");

    public long count(Change change) {
        return sections.stream().filter(s -> s.change() == change).count();
    }

    /** In the newer version's order, each removed section where it stood in the older one. */
    public static Redline between(DraftVersion from, DraftVersion to) {
        Map<String, Section> older = from.sections().stream().collect(Collectors.toMap(Section::key, Function.identity()));
        Map<String, Section> newer = to.sections().stream().collect(Collectors.toMap(Section::key, Function.identity()));
        List<SectionChange> changes = new ArrayList<>();
        int next = 0;
        for (Section section : to.sections()) {
            // Removed sections that stood before this one's counterpart go first.
            Section counterpart = older.get(section.key());
            int upTo = counterpart == null ? next : counterpart.number() - 1;
            for (; next < upTo && next < from.sections().size(); next++) {
                addIfRemoved(from.sections().get(next), newer, changes);
            }
            if (counterpart == null) {
                changes.add(new SectionChange(section.key(), Change.ADDED, null, section.number(),
                        List.of(new Segment(Kind.ADDED, section.heading())),
                        List.of(new Segment(Kind.ADDED, SafeMarkdown.text(section.body())))));
            } else {
                next = Math.max(next, counterpart.number());
                List<Segment> heading = words(counterpart.heading(), section.heading());
                List<Segment> text = words(SafeMarkdown.text(counterpart.body()), SafeMarkdown.text(section.body()));
                boolean same = heading.stream().allMatch(s -> s.kind() == Kind.SAME)
                        && text.stream().allMatch(s -> s.kind() == Kind.SAME);
                changes.add(new SectionChange(section.key(), same ? Change.UNCHANGED : Change.CHANGED,
                        counterpart.number(), section.number(), heading, text));
            }
        }
        for (; next < from.sections().size(); next++) {
            addIfRemoved(from.sections().get(next), newer, changes);
        }
        return new Redline(from.number(), to.number(), changes);
    }

    private static void addIfRemoved(Section old, Map<String, Section> newer, List<SectionChange> changes) {
        if (!newer.containsKey(old.key())) {
            changes.add(new SectionChange(old.key(), Change.REMOVED, old.number(), null,
                    List.of(new Segment(Kind.REMOVED, old.heading())),
                    List.of(new Segment(Kind.REMOVED, SafeMarkdown.text(old.body())))));
        }
    }

    /** A word-by-word comparison; whitespace counts as a token, so the text reads back exactly. */
    static List<Segment> words(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int at = delta.getSource().getPosition();
            append(segments, Kind.SAME, a.subList(position, at));
            append(segments, Kind.REMOVED, delta.getSource().getLines());
            append(segments, Kind.ADDED, delta.getTarget().getLines());
            position = at + delta.getSource().size();
        }
        append(segments, Kind.SAME, a.subList(position, a.size()));
        return segments;
    }

    private static void append(List<Segment> segments, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (kind != Kind.SAME) {
            // Spaces at the edges of a change are not the change: keep them plain, so no space is struck or underlined.
            String core = text.strip();
            if (core.isEmpty()) {
                merge(segments, Kind.SAME, text);
                return;
            }
            int start = text.indexOf(core);
            merge(segments, Kind.SAME, text.substring(0, start));
            merge(segments, kind, core);
            merge(segments, Kind.SAME, text.substring(start + core.length()));
            return;
        }
        merge(segments, kind, text);
    }

    private static void merge(List<Segment> segments, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!segments.isEmpty() && segments.getLast().kind() == kind) {
            Segment last = segments.removeLast();
            segments.add(new Segment(kind, last.text() + text));
        } else {
            segments.add(new Segment(kind, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKENS.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
