package org.policyforum.idea.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a title that another idea's title must share to count as similar. Korean attaches particles to the
 * word ("자전거도로를", "자전거도로에"), so a trailing particle is cut off before comparing; short words and common
 * words say nothing and are left out. A longer shared word says more than a short one ({@link #weight}).
 */
public final class SimilarWords {

    /** Longest particles first, so that "에서" is cut before "서" could be. */
    private static final List<String> PARTICLES = List.of(
            "으로써", "에서는", "에게서", "으로", "에서", "에게", "까지", "부터", "보다", "처럼", "이나", "하고", "과", "와", "을", "를", "이", "가",
            "은", "는", "에", "의", "도", "로", "만");

    private static final Set<String> COMMON = Set.of(
            "the", "and", "for", "with", "of", "to", "in", "on", "a", "an", "제안", "관련", "대한", "위한", "개선", "설치", "요청");

    private static final int MOST_WORDS = 6;

    private SimilarWords() {}

    /**
     * At most six distinct words, lower-cased, without particles: Korean words of two syllables or more, others of
     * three letters or more (two Latin letters are part of too many words to say anything).
     */
    public static List<String> of(String title) {
        if (title == null) {
            return List.of();
        }
        String text = Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        Set<String> words = new LinkedHashSet<>();
        for (String raw : text.split("[^\\p{L}\\p{N}]+")) {
            String word = withoutParticle(raw);
            if (word.length() >= (isHangul(word.charAt(0)) ? 2 : 3) && !COMMON.contains(word)) {
                words.add(word);
            }
            if (words.size() == MOST_WORDS) {
                break;
            }
        }
        return new ArrayList<>(words);
    }

    private static String withoutParticle(String word) {
        if (word.isEmpty() || !isHangul(word.charAt(word.length() - 1))) {
            return word;
        }
        for (String particle : PARTICLES) {
            if (word.length() > particle.length() + 1 && word.endsWith(particle)) {
                return word.substring(0, word.length() - particle.length());
            }
        }
        return word;
    }

    /** How much sharing these words says: their length, so a rare long word outranks a short common one. */
    public static int weight(String title, List<String> words) {
        String lower = Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return words.stream().filter(lower::contains).mapToInt(String::length).sum();
    }

    private static boolean isHangul(char c) {
        return c >= '\uAC00' && c <= '\uD7A3';
    }
}
