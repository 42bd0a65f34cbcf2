package org.digitalpractice.catalogue.authoring.publishing;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What changed between two texts, as a trainer reads it: the changed paragraphs only, each with its removed words
 * struck through and its added words marked, computed by java-diff-utils (Myers' algorithm) on lines, then on words.
 * The text stays text: the page escapes it, so nothing a trainer typed runs.
 */
public record TextDiff(List<Paragraph> paragraphs) {

    /** A run of words that are the same, removed or added. */
    public record Piece(Kind kind, String text) {
    }

    public enum Kind { SAME, REMOVED, ADDED }

    /** One changed paragraph (a line of the file), as pieces. */
    public record Paragraph(List<Piece> pieces) {
    }

    public boolean isEmpty() {
        return paragraphs.isEmpty();
    }

    public static TextDiff of(String before, String after) {
        var paragraphs = new ArrayList<Paragraph>();
        var oldLines = lines(before);
        var newLines = lines(after);
        for (AbstractDelta<String> delta : DiffUtils.diff(oldLines, newLines).getDeltas()) {
            var removed = delta.getSource().getLines();
            var added = delta.getTarget().getLines();
            if (delta.getType() == DeltaType.CHANGE && removed.size() == added.size()) {
                for (int i = 0; i < removed.size(); i++) {
                    paragraphs.add(words(removed.get(i), added.get(i)));
                }
            } else {
                removed.forEach(line -> paragraphs.add(new Paragraph(List.of(new Piece(Kind.REMOVED, line)))));
                added.forEach(line -> paragraphs.add(new Paragraph(List.of(new Piece(Kind.ADDED, line)))));
            }
        }
        return new TextDiff(List.copyOf(paragraphs));
    }

    private static List<String> lines(String text) {
        return text.lines().filter(line -> !line.isBlank()).toList();
    }

    private static Paragraph words(String before, String after) {
        var oldWords = Arrays.asList(before.split(" "));
        var newWords = Arrays.asList(after.split(" "));
        var pieces = new ArrayList<Piece>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldWords, newWords).getDeltas()) {
            var from = delta.getSource().getPosition();
            if (from > at) {
                pieces.add(new Piece(Kind.SAME, String.join(" ", oldWords.subList(at, from))));
            }
            if (!delta.getSource().getLines().isEmpty()) {
                pieces.add(new Piece(Kind.REMOVED, String.join(" ", delta.getSource().getLines())));
            }
            if (!delta.getTarget().getLines().isEmpty()) {
                pieces.add(new Piece(Kind.ADDED, String.join(" ", delta.getTarget().getLines())));
            }
            at = from + delta.getSource().size();
        }
        if (at < oldWords.size()) {
            pieces.add(new Piece(Kind.SAME, String.join(" ", oldWords.subList(at, oldWords.size()))));
        }
        return new Paragraph(List.copyOf(pieces));
    }
}
