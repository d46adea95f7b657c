package dev.vicimock.mock.compare;

/**
 * Marks where two texts differ, for a reader: the part between their common beginning and common end is wrapped
 * in {@code [-…-]} on the left and {@code {+…+}} on the right (the word-diff convention), widened to
 * whole words. Long texts are cut to
 * some context around the mark.
 */
final class DiffMarks {
    static final int CONTEXT = 240;

    private DiffMarks() {}

    /** The left text and the right text, each with its differing part marked. */
    static String[] mark(String left, String right) {
        int max = Math.min(left.length(), right.length());
        int start = 0;
        while (start < max && left.charAt(start) == right.charAt(start)) {
            start++;
        }
        int end = 0;
        while (end < max - start && left.charAt(left.length() - 1 - end) == right.charAt(right.length() - 1 - end)) {
            end++;
        }
        // whole words: "2.14-[-107-]" rather than "2.14-1[-07-]"
        while (start > 0 && Character.isLetterOrDigit(left.charAt(start - 1))) {
            start--;
        }
        while (end > 0 && Character.isLetterOrDigit(left.charAt(left.length() - end))) {
            end--;
        }
        return new String[] {
            wrap(left, start, left.length() - end, "[-", "-]"), wrap(right, start, right.length() - end, "{+", "+}")
        };
    }

    private static String wrap(String text, int from, int to, String open, String close) {
        String head = text.substring(0, from);
        String tail = text.substring(to);
        if (head.length() > CONTEXT) {
            head = "…" + head.substring(head.length() - CONTEXT);
        }
        if (tail.length() > CONTEXT) {
            tail = tail.substring(0, CONTEXT) + "…";
        }
        return head + open + text.substring(from, to) + close + tail;
    }
}
