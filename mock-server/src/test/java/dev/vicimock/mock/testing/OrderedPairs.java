package dev.vicimock.mock.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Every ordered pair of a validation order, the cases of an ordered-pair test: a request failing both checks of a
 * pair must answer the earlier one, whatever the order of its parameters.
 */
public final class OrderedPairs {
    /** Two checks of a validation order, the earlier first. */
    public record Pair<T>(T earlier, T later) {}

    private OrderedPairs() {}

    /** Each pair (i, j) with i before j in the order. */
    public static <T> List<Pair<T>> of(List<T> order) {
        List<Pair<T>> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            for (int j = i + 1; j < order.size(); j++) {
                out.add(new Pair<>(order.get(i), order.get(j)));
            }
        }
        return out;
    }

    /** The arguments (profile, earlier, later) of each pair on each profile. */
    public static <T> Stream<Arguments> onProfiles(List<String> profiles, List<T> order) {
        return profiles.stream()
                .flatMap(profile -> of(order).stream().map(p -> Arguments.of(profile, p.earlier(), p.later())));
    }
}
